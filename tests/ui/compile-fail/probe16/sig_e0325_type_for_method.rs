//@ compile-fail
// An associated type in the impl where the trait has a method of that name (E0325).
trait T { fn item(&self) -> u32; }
struct S;
impl T for S { type item = u32; } //~ ERROR E0325
//~^ ERROR E0046
fn main() {}
