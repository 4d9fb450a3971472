//@ compile-fail
// The trait function has no self, the impl's method does (E0185).
trait Make { fn make() -> u32; }
struct S;
impl Make for S { fn make(&self) -> u32 { 1 } } //~ ERROR E0185
fn main() {}
