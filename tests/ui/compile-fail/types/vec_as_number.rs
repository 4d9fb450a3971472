//@ compile-fail
// A Vec cast to a number with `as`.
fn main() {
    let v = vec![1, 2, 3];
    let n = v as usize; //~ ERROR E0605
    println!("{}", n);
}
