// A blanket `impl<T: Display> Shout for T` used on `u32` and `String`.
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
    println!("{} {}", 3.shout(), String::from("hey").shout());
}
