//@ compile-fail
// &self in the impl where the trait has &mut self (E0053).
trait Tick { fn tick(&mut self) -> u32; }
struct S(u32);
impl Tick for S { fn tick(&self) -> u32 { self.0 } } //~ ERROR E0053
fn main() { println!("{}", S(1).tick()); }
