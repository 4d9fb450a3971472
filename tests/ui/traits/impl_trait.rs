// impl Trait in argument and return position.
use std::fmt::Display;

fn show_all(items: impl IntoIterator<Item = impl Display>) -> String {
    items.into_iter().map(|i| i.to_string()).collect::<Vec<_>>().join(",")
}

fn evens(limit: u32) -> impl Iterator<Item = u32> {
    (0..limit).filter(|n| n % 2 == 0)
}

fn make_greeter(name: &str) -> impl Fn(&str) -> String + '_ {
    move |greeting| format!("{greeting}, {name}!")
}

fn main() {
    println!("{}", show_all(vec![1, 2, 3]));
    println!("{}", show_all(["a", "b"]));
    println!("{:?}", evens(9).collect::<Vec<_>>());
    let g = make_greeter("Ferris");
    println!("{}", g("Hello"));
}
