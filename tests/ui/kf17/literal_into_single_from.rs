// An unsuffixed literal converted with `.into()` where only `From<u32>` exists (the literal becomes a u32), and a literal given to a user's blanket trait.
use std::fmt::Display;
struct Meters(u32);
impl From<u32> for Meters { fn from(n: u32) -> Meters { Meters(n) } }
trait Shout { fn shout(&self) -> String; }
impl<T: Display> Shout for T { fn shout(&self) -> String { format!("{}!", self) } }
fn main() {
    let m: Meters = 3.into();
    let big: Meters = 4_000_000_000.into();
    println!("{} {} {}", m.0, big.0, 5.shout());
}
