//@ compile-fail
// `+` on a struct without an Add impl (E0369).
#[derive(Debug)]
struct V(i32, i32);
fn main() {
    let a = V(1, 2);
    let b = V(3, 4);
    println!("{:?}", a + b); //~ ERROR E0369
}
