//@ compile-fail
// A trait used as a type without `dyn` (edition 2024: E0782).
trait Speak { fn speak(&self) -> String; }
fn talk(s: &Speak) -> String { s.speak() } //~ ERROR E0782
fn main() {}
