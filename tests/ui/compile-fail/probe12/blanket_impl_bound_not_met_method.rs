//@ compile-fail
// A blanket `impl<T: Display> Shout for T` used on a `Vec`.
use std::fmt::Display;
trait Shout {
    fn shout(&self) -> String;
}
impl<T: Display> Shout for T {
    fn shout(&self) -> String {
        format!("{}!", self)
    }
}
fn main() {
    println!("{}", vec![1].shout()); //~ ERROR E0599
}
