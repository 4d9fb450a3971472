// `Box<dyn Trait + 'a>` can hold a borrow of lifetime 'a.
use std::fmt::Display;

fn boxed<'a>(s: &'a str) -> Box<dyn Display + 'a> {
    Box::new(s)
}

fn main() {
    let owned = String::from("hi");
    println!("{}", boxed(&owned));
}
