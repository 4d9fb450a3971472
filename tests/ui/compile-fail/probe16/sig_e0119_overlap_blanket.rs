//@ compile-fail
// A blanket impl overlapping a concrete one (E0119).
use std::fmt::Display;
trait Hello { fn hi(&self) -> String; }
impl<T: Display> Hello for T { fn hi(&self) -> String { self.to_string() } }
impl Hello for u32 { fn hi(&self) -> String { "u".into() } } //~ ERROR E0119
fn main() { println!("{}", 1u32.hi()); }
