//@ compile-fail
// A variant of a private enum from another module (E0603).
mod m {
    enum Color { Red }
}
fn main() {
    let _c = m::Color::Red; //~ ERROR E0603
}
