//@ compile-fail
// A function parameter of type dyn Trait (E0277).
trait Speak { fn speak(&self) -> String; }
fn talk(s: dyn Speak) -> String { s.speak() } //~ ERROR E0277
fn main() {}
