//@ compile-fail
// An impl method whose return type differs from the trait's (E0053).
trait Name { fn name(&self) -> String; }
struct S;
impl Name for S { fn name(&self) -> &str { "s" } } //~ ERROR E0053
fn main() { println!("{}", S.name()); }
