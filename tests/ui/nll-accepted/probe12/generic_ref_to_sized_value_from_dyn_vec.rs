// Passing the `&&dyn Display` itself to a sized generic: `T = &dyn Display` is `Sized`.
use std::fmt::Display;
fn p<T: Display>(x: &T) {
    println!("{x}");
}
fn main() {
    let items: Vec<&dyn Display> = vec![&1, &"two"];
    for it in &items {
        p(it);
    }
}
