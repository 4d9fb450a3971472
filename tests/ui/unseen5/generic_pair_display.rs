// A generic Pair<T> with impl blocks conditional on trait bounds, and Display for it.
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
struct Pair<T> {
    a: T,
    b: T,
}

impl<T> Pair<T> {
    fn new(a: T, b: T) -> Self {
        Pair { a, b }
    }
    fn swap(self) -> Pair<T> {
        Pair { a: self.b, b: self.a }
    }
}

impl<T: PartialOrd + fmt::Display> Pair<T> {
    fn larger(&self) -> &T {
        if self.a >= self.b { &self.a } else { &self.b }
    }
}

impl<T: fmt::Display> fmt::Display for Pair<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({} | {})", self.a, self.b)
    }
}

fn map_pair<T, U, F: Fn(T) -> U>(p: Pair<T>, f: F) -> Pair<U> {
    Pair { a: f(p.a), b: f(p.b) }
}

fn main() {
    let p = Pair::new(3, 11);
    println!("{} larger {}", p, p.larger());
    let s = Pair::new(String::from("pear"), String::from("apple"));
    println!("{} larger {}", s, s.larger());
    let lens = map_pair(s.clone(), |x| x.len());
    println!("{} {:?}", lens, lens);
    let swapped = s.swap();
    println!("{} == original? {}", swapped, swapped == Pair::new("apple".to_string(), "pear".to_string()));
    let halves = map_pair(Pair::new(5.0, 2.5), |x: f64| x / 2.0);
    println!("{:>20}|", halves.to_string());
}
