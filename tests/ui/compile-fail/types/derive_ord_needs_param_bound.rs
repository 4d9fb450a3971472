//@ compile-fail
// A derived impl only adds `T: PartialOrd`; the field's own impl needs `T: Ord`.
use std::cmp::Ordering;

#[derive(Debug, PartialEq, Eq)]
struct Reversed<T>(T);

impl<T: Ord> PartialOrd for Reversed<T> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(other.0.cmp(&self.0))
    }
}

#[derive(Debug, PartialEq, PartialOrd)]
struct Ranked<T> {
    rank: Reversed<T>, //~ ERROR E0277
    name: String,
}

fn main() {
    let a = Ranked { rank: Reversed(1), name: String::from("a") };
    let b = Ranked { rank: Reversed(2), name: String::from("b") };
    println!("{}", a < b);
}
