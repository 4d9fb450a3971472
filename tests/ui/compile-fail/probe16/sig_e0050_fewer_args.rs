//@ compile-fail
// An impl method with fewer arguments than the trait's (E0050).
trait Add2 { fn add(&self, a: u32, b: u32) -> u32; }
struct S;
impl Add2 for S { fn add(&self, a: u32) -> u32 { a } } //~ ERROR E0050
fn main() { println!("{}", S.add(1, 2)); }
