//@ compile-fail
// Option<&str> in the trait, Option<String> in the impl (E0053).
trait Find { fn find(&self, k: u32) -> Option<&str>; }
struct S;
impl Find for S { fn find(&self, _k: u32) -> Option<String> { None } } //~ ERROR E0053
fn main() {}
