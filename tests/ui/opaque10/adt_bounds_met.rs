// Generic structs and enums with bounds, built with types that meet them (inside bounded impls and generic functions too).
use std::fmt::Display;

#[derive(Debug, Clone)]
struct Labeled<T: Display> {
    value: T,
}

impl<T: Display> Labeled<T> {
    fn new(value: T) -> Self {
        Labeled { value }
    }
    fn show(&self) -> String {
        format!("<{}>", self.value)
    }
}

enum Slot<T>
where
    T: Clone,
{
    Full(T),
    Empty,
}

fn fill<T: Clone>(t: &T) -> Slot<T> {
    Slot::Full(t.clone())
}

fn main() {
    let a = Labeled { value: 3 };
    let b = Labeled::new(String::from("x"));
    println!("{} {} {:?}", a.show(), b.show(), Labeled { value: 'c' });
    let slots = vec![fill(&vec![1, 2]), Slot::Empty, Slot::Full(vec![3])];
    for s in &slots {
        match s {
            Slot::Full(v) => println!("{}", v.len()),
            Slot::Empty => println!("empty"),
        }
    }
}
