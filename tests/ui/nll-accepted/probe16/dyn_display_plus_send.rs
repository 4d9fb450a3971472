// dyn Display + Send + Sync: auto traits may be added to one principal trait.
use std::fmt::Display;
fn main() {
    let b: Box<dyn Display + Send + Sync> = Box::new(3);
    let v: Vec<Box<dyn Display>> = vec![Box::new(1), Box::new("two")];
    println!("{} {}", b, v.len());
}
