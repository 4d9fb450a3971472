//@ compile-fail
// An impl method without the trait method's type parameter (E0049).
trait Conv { fn conv<T: Default>(&self) -> T; }
struct S;
impl Conv for S { fn conv(&self) -> u32 { 0 } } //~ ERROR E0049
fn main() { let x: u32 = S.conv(); println!("{}", x); }
