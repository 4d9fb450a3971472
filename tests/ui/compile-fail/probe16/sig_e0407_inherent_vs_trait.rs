//@ compile-fail
// A trait impl for a trait with no methods gets a method (E0407).
trait Marker {}
struct S;
impl Marker for S { fn mark(&self) {} } //~ ERROR E0407
fn main() {}
