//@ compile-fail
// An enum variant used without its enum's path (E0425).
enum Color { Red, Green }
fn main() {
    let c = Red; //~ ERROR E0425
    let _ = Color::Green;
    let _ = c;
}
