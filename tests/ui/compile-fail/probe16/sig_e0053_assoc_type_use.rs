//@ compile-fail
// An impl method using a concrete type where the trait uses Self::Item, bound to another type (E0053).
trait Source { type Item; fn get(&self) -> Self::Item; }
struct S;
impl Source for S { type Item = u32; fn get(&self) -> i64 { 1 } } //~ ERROR E0053
fn main() { println!("{}", S.get()); }
