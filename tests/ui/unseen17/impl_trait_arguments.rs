// Java interfaces as parameters: `impl Trait` arguments, `&[impl Trait]`, `impl Iterator` in and out, and generic bounds.
use std::fmt::Display;

trait Priced {
    fn price(&self) -> f64;
    fn label(&self) -> String;
}

struct Book {
    title: String,
    price: f64,
}

struct Coffee {
    size: u8,
}

impl Priced for Book {
    fn price(&self) -> f64 {
        self.price
    }
    fn label(&self) -> String {
        format!("book '{}'", self.title)
    }
}

impl Priced for Coffee {
    fn price(&self) -> f64 {
        2.0 + self.size as f64 * 0.5
    }
    fn label(&self) -> String {
        format!("coffee size {}", self.size)
    }
}

fn print_receipt(item: &impl Priced) {
    println!("{:<20} {:>6.2}", item.label(), item.price());
}

fn total(items: &[impl Priced]) -> f64 {
    items.iter().map(|i| i.price()).sum()
}

fn join_all(values: impl Iterator<Item = impl Display>, sep: &str) -> String {
    values.map(|v| v.to_string()).collect::<Vec<_>>().join(sep)
}

fn evens_up_to(n: u32) -> impl Iterator<Item = u32> {
    (0..=n).filter(|x| x % 2 == 0)
}

fn most_expensive<T: Priced>(items: &[T]) -> Option<&T> {
    let mut best: Option<&T> = None;
    for item in items {
        if best.map_or(true, |b| item.price() > b.price()) {
            best = Some(item);
        }
    }
    best
}

fn main() {
    let books = vec![
        Book { title: "Rust".to_string(), price: 39.9 },
        Book { title: "Python".to_string(), price: 29.5 },
        Book { title: "Java".to_string(), price: 45.0 },
    ];
    let coffees = [Coffee { size: 1 }, Coffee { size: 3 }];

    for b in &books {
        print_receipt(b);
    }
    for c in coffees.iter() {
        print_receipt(c);
    }
    println!("books total {:.2}, coffees total {:.2}", total(&books), total(&coffees));
    println!("evens: {}", join_all(evens_up_to(10), ","));
    println!("titles: {}", join_all(books.iter().map(|b| &b.title), " / "));
    if let Some(b) = most_expensive(&books) {
        println!("most expensive: {}", b.label());
    }
    let none: Vec<Coffee> = Vec::new();
    println!("most expensive of none: {}", most_expensive(&none).map_or("nothing".to_string(), |c| c.label()));
}
