// Generic structs with trait bounds: a MinMax<T> tracker with impl Display, where-clauses, PartialOrd.
use std::fmt::{self, Display};

#[derive(Debug, Clone, Copy)]
struct MinMax<T> {
    min: T,
    max: T,
    seen: usize,
}

impl<T: PartialOrd + Copy> MinMax<T> {
    fn start(first: T) -> Self {
        MinMax { min: first, max: first, seen: 1 }
    }

    fn add(&mut self, value: T) {
        if value < self.min {
            self.min = value;
        }
        if value > self.max {
            self.max = value;
        }
        self.seen += 1;
    }
}

impl<T: Display> Display for MinMax<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{} values in [{}, {}]", self.seen, self.min, self.max)
    }
}

fn track<T>(items: &[T]) -> Option<MinMax<T>>
where
    T: PartialOrd + Copy,
{
    let (first, rest) = items.split_first()?;
    let mut mm = MinMax::start(*first);
    for &x in rest {
        mm.add(x);
    }
    Some(mm)
}

struct Labeled<T> {
    label: String,
    value: T,
}

impl<T: Display + PartialOrd> Labeled<T> {
    fn bigger<'a>(&'a self, other: &'a Labeled<T>) -> &'a Labeled<T> {
        if other.value > self.value { other } else { self }
    }
}

impl<T: Display> Display for Labeled<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}={}", self.label, self.value)
    }
}

fn main() {
    let ints = [7, -3, 12, 0, 5];
    let floats = [2.5, -0.75, 3.125];
    let chars = ['q', 'a', 'z', 'm'];
    println!("{}", track(&ints).unwrap());
    println!("{}", track(&floats).unwrap());
    println!("{}", track(&chars).unwrap());
    let empty: [u8; 0] = [];
    println!("{:?}", track(&empty).map(|m| m.seen));
    println!("{:?}", track(&["pear", "apple", "fig"]));

    let a = Labeled { label: String::from("alpha"), value: 3.5 };
    let b = Labeled { label: String::from("beta"), value: 4.25 };
    println!("bigger: {}", a.bigger(&b));
    let words = [Labeled { label: "w1".to_string(), value: "kiwi" }, Labeled { label: "w2".to_string(), value: "banana" }];
    println!("bigger word: {}", words[0].bigger(&words[1]));
    let padded = format!("[{:>20}]", track(&ints).unwrap().to_string());
    println!("{}", padded);
}
