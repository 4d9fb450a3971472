//@ compile-fail
// self by value in the impl where the trait has &self (E0053).
trait Take { fn take(&self) -> u32; }
struct S(u32);
impl Take for S { fn take(self) -> u32 { self.0 } } //~ ERROR E0053
fn main() { println!("{}", S(1).take()); }
