//@ compile-fail
// PartialEq::eq taking Self instead of &Self (E0053).
struct P(u32);
impl PartialEq for P { fn eq(&self, other: P) -> bool { self.0 == other.0 } } //~ ERROR E0053
fn main() { println!("{}", P(1) == P(1)); }
