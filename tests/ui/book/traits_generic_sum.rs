// Traits: implementing Iterator-like traits for custom types, generic functions over Sum/Copy, PartialEq between types.
use std::fmt::Display;

trait Describe {
    fn describe(&self) -> String;
}

impl Describe for i32 {
    fn describe(&self) -> String {
        if *self < 0 { format!("negative {}", -self) } else { format!("positive {self}") }
    }
}

impl Describe for String {
    fn describe(&self) -> String {
        format!("string of {} bytes", self.len())
    }
}

impl<T: Describe> Describe for Vec<T> {
    fn describe(&self) -> String {
        let parts: Vec<String> = self.iter().map(|x| x.describe()).collect();
        format!("[{}]", parts.join("; "))
    }
}

impl<T: Describe> Describe for Option<T> {
    fn describe(&self) -> String {
        match self {
            Some(x) => format!("some {}", x.describe()),
            None => "nothing".to_string(),
        }
    }
}

fn total<T: Copy + std::iter::Sum<T>>(xs: &[T]) -> T {
    xs.iter().copied().sum()
}

fn print_all<T>(items: &[T])
where
    T: Display,
{
    let s: Vec<String> = items.iter().map(|i| format!("<{i}>")).collect();
    println!("{}", s.concat());
}

fn pick<T: PartialOrd + Copy>(a: T, b: T, larger: bool) -> T {
    if (a > b) == larger { a } else { b }
}

fn main() {
    println!("{}", 5.describe());
    println!("{}", (-3).describe());
    println!("{}", String::from("hey").describe());
    println!("{}", vec![1, -2, 3].describe());
    println!("{}", Some(String::from("x")).describe());
    let none: Option<i32> = None;
    println!("{}", none.describe());
    println!("{} {}", total(&[1, 2, 3]), total(&[0.5, 0.25]));
    print_all(&["a", "b"]);
    print_all(&[1.5, 2.0]);
    println!("{} {} {}", pick(3, 9, true), pick(3, 9, false), pick('a', 'z', true));
}
