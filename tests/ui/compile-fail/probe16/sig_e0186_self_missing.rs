//@ compile-fail
// The trait method takes &self, the impl's does not (E0186).
trait Hello { fn hello(&self) -> String; }
struct S;
impl Hello for S { fn hello() -> String { "hi".into() } } //~ ERROR E0186
fn main() {}
