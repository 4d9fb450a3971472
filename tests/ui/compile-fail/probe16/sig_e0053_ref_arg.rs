//@ compile-fail
// &str argument in the trait, String in the impl (E0053).
trait Greet { fn greet(&self, who: &str) -> String; }
struct S;
impl Greet for S { fn greet(&self, who: String) -> String { who } } //~ ERROR E0053
fn main() { println!("{}", S.greet("a")); }
