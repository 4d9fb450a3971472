// Generic functions with trait bounds, where clauses, impl Trait arguments and returns.
use std::fmt::{Debug, Display};

fn largest<T: PartialOrd + Copy>(list: &[T]) -> T {
    let mut largest = list[0];
    for &item in list {
        if item > largest {
            largest = item;
        }
    }
    largest
}

fn largest_ref<T: PartialOrd>(list: &[T]) -> &T {
    let mut largest = &list[0];
    for item in list {
        if item > largest {
            largest = item;
        }
    }
    largest
}

fn summarize<T, U>(label: T, items: &[U]) -> String
where
    T: Display,
    U: Debug + Clone,
{
    let copy: Vec<U> = items.to_vec();
    format!("{label}: {} items, first {:?}", copy.len(), copy.first())
}

fn print_all(items: impl IntoIterator<Item = impl Display>) {
    let mut first = true;
    for i in items {
        if !first {
            print!(", ");
        }
        print!("{i}");
        first = false;
    }
    println!();
}

fn evens(limit: u32) -> impl Iterator<Item = u32> {
    (0..limit).filter(|n| n % 2 == 0)
}

fn make_greeting(name: &str) -> impl Display + '_ {
    format!("Hello, {name}!")
}

trait Describe {
    fn describe(&self) -> String;
}

impl Describe for i32 {
    fn describe(&self) -> String {
        if *self < 0 { format!("negative {}", -self) } else { format!("positive {self}") }
    }
}

impl<T: Describe> Describe for Vec<T> {
    fn describe(&self) -> String {
        let parts: Vec<String> = self.iter().map(|x| x.describe()).collect();
        format!("[{}]", parts.join("; "))
    }
}

fn main() {
    println!("{}", largest(&[34, 50, 25, 100, 65]));
    println!("{}", largest(&['y', 'm', 'a', 'q']));
    println!("{}", largest(&[1.5, -2.0, 0.25]));
    let words = vec![String::from("pear"), String::from("zucchini"), String::from("apple")];
    println!("{}", largest_ref(&words));
    println!("{}", summarize("nums", &[1, 2, 3]));
    println!("{}", summarize(42, &["a"]));
    println!("{}", summarize('c', &Vec::<bool>::new()));
    print_all(vec![1, 2, 3]);
    print_all(["x", "y"]);
    print_all(evens(9));
    let total: u32 = evens(100).sum();
    println!("sum of evens {total}");
    println!("{}", make_greeting("Ferris"));
    println!("{}", (-5).describe());
    println!("{}", vec![3, -1, 0].describe());
}
