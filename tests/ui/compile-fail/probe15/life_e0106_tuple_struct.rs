//@ compile-fail
// A tuple struct holding `&i32` without a lifetime (E0106).
struct R(&i32); //~ ERROR E0106
fn main() {
    let x = 1;
    let r = R(&x);
    println!("{}", r.0);
}
