//@ compile-fail
// A `Vec<&dyn Display>` element given to `fn p<T: Display>(x: &T)` after a deref.
use std::fmt::Display;
fn p<T: Display>(x: &T) {
    println!("{x}");
}
fn main() {
    let items: Vec<&dyn Display> = vec![&1, &"two"];
    for it in &items {
        p(*it); //~ ERROR E0277
    }
}
