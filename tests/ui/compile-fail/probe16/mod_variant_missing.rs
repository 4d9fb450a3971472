//@ compile-fail
// A variant the enum does not have (E0599).
enum Color { Red, Green }
fn main() {
    let c = Color::Blue; //~ ERROR E0599
    let _ = (c, Color::Red, Color::Green);
}
