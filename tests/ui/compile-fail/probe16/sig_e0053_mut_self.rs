//@ compile-fail
// &mut self in the impl where the trait has &self (E0053).
trait Tick { fn tick(&self) -> u32; }
struct S(u32);
impl Tick for S { fn tick(&mut self) -> u32 { self.0 += 1; self.0 } } //~ ERROR E0053
fn main() { println!("{}", S(1).tick()); }
