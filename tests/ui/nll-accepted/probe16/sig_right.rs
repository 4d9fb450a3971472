// Impl signatures matching their traits: &mut self, generics, lifetimes, consts, types, supertraits.
use std::fmt;
trait Tick { fn tick(&mut self) -> u32; }
trait Conv { fn conv<T: Default>(&self) -> T; }
trait Pick { fn pick<'a>(&self, a: &'a str, b: &'a str) -> &'a str; }
trait Limit { const MAX: u32; type Unit; fn unit(&self) -> Self::Unit; }
trait Named { fn name(&self) -> String; }
trait Greeter: Named { fn greet(&self) -> String { format!("hi {}", self.name()) } }
#[derive(Clone, Copy)]
struct S(u32);
impl Tick for S { fn tick(&mut self) -> u32 { self.0 += 1; self.0 } }
impl Conv for S { fn conv<T: Default>(&self) -> T { T::default() } }
impl Pick for S { fn pick<'a>(&self, a: &'a str, _b: &'a str) -> &'a str { a } }
impl Limit for S { const MAX: u32 = 3; type Unit = f64; fn unit(&self) -> f64 { 1.5 } }
impl Named for S { fn name(&self) -> String { "s".into() } }
impl Greeter for S {}
impl fmt::Display for S { fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "S{}", self.0) } }
fn main() {
    let mut s = S(1);
    let x: u32 = s.conv();
    println!("{} {} {} {} {} {} {}", s.tick(), x, s.pick("a", "b"), S::MAX, s.unit(), s.greet(), s);
}
