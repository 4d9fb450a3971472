//@ compile-fail
// An impl method with a stricter bound than the trait's (E0276).
trait Show { fn show<T>(&self, t: T) -> u32; }
struct S;
impl Show for S { fn show<T: Copy>(&self, _t: T) -> u32 { 1 } } //~ ERROR E0276
fn main() { println!("{}", S.show(1)); }
