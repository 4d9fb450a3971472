// An integer or float literal behind `&` coerces to `&dyn Trait`; its type comes from the impls or the default.
use std::fmt::{Debug, Display};
trait Area {
    fn area(&self) -> u32;
}
impl Area for u8 {
    fn area(&self) -> u32 {
        *self as u32 * 2
    }
}
fn main() {
    let d: &dyn Display = &5;
    let f: &dyn Debug = &2.5;
    let a: &dyn Area = &7;
    let items: Vec<&dyn Display> = vec![&1, &"two", &3.5];
    println!("{d} {f:?} {}", a.area());
    for it in &items {
        println!("{it}");
    }
}
