//@ compile-fail
// A trait method called on a type that does not implement the trait (E0599).
trait Hello { fn hi(&self) -> u32; }
struct S;
struct T;
impl Hello for S { fn hi(&self) -> u32 { 1 } }
fn main() { println!("{}", T.hi()); } //~ ERROR E0599
