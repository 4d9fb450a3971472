//@ compile-fail
// `==` on a struct without PartialEq (E0369).
struct P(i32);
fn main() {
    println!("{}", P(1) == P(1)); //~ ERROR E0369
}
