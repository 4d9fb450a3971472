//@ compile-fail
// `std::mem::swap(&mut v[0], &mut v[1])`.
fn main() {
    let mut v = vec![1, 2];
    std::mem::swap(&mut v[0], &mut v[1]); //~ ERROR E0499
    println!("{:?}", v);
}
