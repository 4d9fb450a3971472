//@ compile-fail
// Two impls of the same trait for the same type (E0119).
trait Hello { fn hi(&self) -> u32; }
struct S;
impl Hello for S { fn hi(&self) -> u32 { 1 } }
impl Hello for S { fn hi(&self) -> u32 { 2 } } //~ ERROR E0119
fn main() { println!("{}", S.hi()); }
