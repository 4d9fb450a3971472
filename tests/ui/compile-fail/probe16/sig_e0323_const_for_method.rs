//@ compile-fail
// An associated const in the impl where the trait has a method of that name (E0323).
trait T { fn n(&self) -> u32; }
struct S;
impl T for S { const n: u32 = 1; } //~ ERROR E0323
//~^ ERROR E0046
fn main() {}
