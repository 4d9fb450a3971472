//@ compile-fail
// &mut Vec argument in the trait, &Vec in the impl (E0053).
trait Fill { fn fill(&self, v: &mut Vec<u32>); }
struct S;
impl Fill for S { fn fill(&self, v: &Vec<u32>) { let _ = v; } } //~ ERROR E0053
fn main() { let mut v = vec![]; S.fill(&mut v); }
