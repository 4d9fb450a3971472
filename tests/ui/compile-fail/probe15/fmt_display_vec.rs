//@ compile-fail
// `{}` on a Vec, which has no Display impl (E0277).
fn main() {
    let v = vec![1, 2, 3];
    println!("{}", v); //~ ERROR E0277
}
