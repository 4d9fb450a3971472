//@ compile-fail
// `{:?}` on an enum without derive(Debug) (E0277).
enum Color { Red, Green }
fn main() {
    let c = Color::Red;
    println!("{:?}", c); //~ ERROR E0277
    let _ = Color::Green;
}
