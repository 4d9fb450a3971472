// A blanket impl over T: Display and an impl for a type that is not Display do not overlap.
use std::fmt::Display;
trait Hello { fn hi(&self) -> String; }
impl<T: Display> Hello for T { fn hi(&self) -> String { format!("<{}>", self) } }
struct Q;
trait Other { fn other(&self) -> u32; }
impl Other for Q { fn other(&self) -> u32 { 2 } }
fn main() { println!("{} {} {}", 1u32.hi(), "a".hi(), Q.other()); }
