//@ compile-fail
// Implementing a subtrait without its supertrait (E0277).
trait Named { fn name(&self) -> String; }
trait Greeter: Named { fn greet(&self) -> String { format!("hi {}", self.name()) } }
struct S;
impl Greeter for S {} //~ ERROR E0277
fn main() {}
