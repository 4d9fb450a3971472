//@ compile-fail
// A method in the impl where the trait has a const of that name (E0324).
trait T { const N: u32; }
struct S;
impl T for S { fn N(&self) -> u32 { 1 } } //~ ERROR E0324
//~^ ERROR E0046
fn main() {}
