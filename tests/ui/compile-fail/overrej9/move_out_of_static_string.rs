//@ compile-fail
// A static is not a value to move out of: `let x = NAME;` on a `String` static is E0507.
static NAME: String = String::new();
fn main() {
    let x = NAME; //~ ERROR E0507
    println!("{}", x);
}
