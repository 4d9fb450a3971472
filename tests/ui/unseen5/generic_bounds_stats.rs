// Generic statistics over slices with trait bounds and where clauses.
use std::fmt::Display;
use std::ops::Add;

fn largest<T: PartialOrd + Copy>(items: &[T]) -> Option<T> {
    let mut it = items.iter();
    let mut best = *it.next()?;
    for &x in it {
        if x > best {
            best = x;
        }
    }
    Some(best)
}

fn total<T>(items: &[T]) -> T
where
    T: Add<Output = T> + Copy + Default,
{
    items.iter().fold(T::default(), |acc, &x| acc + x)
}

fn describe<T: Display + PartialOrd + Copy>(label: &str, items: &[T]) -> String {
    match largest(items) {
        Some(m) => format!("{}: {} items, largest {}", label, items.len(), m),
        None => format!("{}: empty", label),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default)]
struct Money(i64);

impl Add for Money {
    type Output = Money;
    fn add(self, o: Money) -> Money {
        Money(self.0 + o.0)
    }
}

fn main() {
    let ints = [3, 9, -2, 7];
    let floats = [1.5, 0.25, 2.75];
    let chars = ['q', 'z', 'a'];
    let empty: [u8; 0] = [];
    println!("{}", describe("ints", &ints));
    println!("{}", describe("floats", &floats));
    println!("{}", describe("chars", &chars));
    println!("{}", describe("empty", &empty));
    println!("sums: {} {}", total(&ints), total(&floats));
    let wallet = [Money(150), Money(-20), Money(75)];
    println!("wallet: {:?} largest {:?}", total(&wallet), largest(&wallet));
}
