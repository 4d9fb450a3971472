// Box<dyn Display> values of different types formatted through one interface.
use std::fmt::Display;

fn describe(items: &[Box<dyn Display>]) -> String {
    items.iter().map(|i| format!("<{i}>")).collect::<Vec<_>>().join(" ")
}

fn main() {
    let items: Vec<Box<dyn Display>> = vec![Box::new(1), Box::new("two"), Box::new(3.5), Box::new('4'), Box::new(String::from("five"))];
    println!("{}", describe(&items));
    println!("{}", items.len());
}
