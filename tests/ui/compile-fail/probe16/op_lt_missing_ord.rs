//@ compile-fail
// `<` on a struct with PartialEq but no PartialOrd (E0369).
#[derive(PartialEq)]
struct P(i32);
fn main() {
    println!("{}", P(1) < P(2)); //~ ERROR E0369
}
