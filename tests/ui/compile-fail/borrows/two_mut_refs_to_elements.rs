//@ compile-fail
// Two `&mut` into the same vector at once, even at different indices.
fn main() {
    let mut v = vec![1, 2, 3];
    let a = &mut v[0];
    let b = &mut v[1]; //~ ERROR E0499
    *a += *b;
    println!("{:?}", v);
}
