// Generic functions with trait bounds: largest, and a bound with several traits.
use std::fmt::Display;

fn largest<T: PartialOrd + Copy>(list: &[T]) -> T {
    let mut largest = list[0];
    for &item in list {
        if item > largest {
            largest = item;
        }
    }
    largest
}

fn announce<T: Display + Clone>(x: &T) -> String {
    let copy = x.clone();
    format!("<<{copy}>>")
}

fn main() {
    println!("{}", largest(&[34, 50, 25, 100, 65]));
    println!("{}", largest(&['y', 'm', 'a', 'q']));
    println!("{}", largest(&[1.5, -2.0, 0.25]));
    println!("{}", announce(&"hi"));
    println!("{}", announce(&String::from("owned")));
}
