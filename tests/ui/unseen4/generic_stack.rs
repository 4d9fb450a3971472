// A generic Stack<T> with trait bounds, an impl Display for T: Display, and a peek returning Option<&T>.
use std::fmt::{self, Display};

#[derive(Debug, Default)]
struct Stack<T> {
    items: Vec<T>,
    max_seen: usize,
}

impl<T> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new(), max_seen: 0 }
    }
    fn push(&mut self, item: T) {
        self.items.push(item);
        self.max_seen = self.max_seen.max(self.items.len());
    }
    fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }
    fn peek(&self) -> Option<&T> {
        self.items.last()
    }
    fn len(&self) -> usize {
        self.items.len()
    }
    fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

impl<T: Display> Display for Stack<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[")?;
        for (i, it) in self.items.iter().enumerate() {
            if i > 0 {
                write!(f, " | ")?;
            }
            write!(f, "{}", it)?;
        }
        write!(f, "] (max {})", self.max_seen)
    }
}

fn largest<T: PartialOrd + Copy>(xs: &[T]) -> T {
    let mut best = xs[0];
    for &x in xs {
        if x > best {
            best = x;
        }
    }
    best
}

fn main() {
    let mut s: Stack<i32> = Stack::new();
    for i in 1..=5 {
        s.push(i * i);
    }
    println!("{}", s);
    println!("peek = {:?}", s.peek());
    while let Some(top) = s.pop() {
        if top < 5 {
            break;
        }
        print!("{top} ");
    }
    println!();
    println!("{} left, empty: {}", s.len(), s.is_empty());

    let mut words = Stack::new();
    words.push(String::from("alpha"));
    words.push("beta".to_owned());
    if let Some(w) = words.peek() {
        println!("top word has {} bytes", w.len());
    }
    println!("{words}");
    let d: Stack<u8> = Stack::default();
    println!("{:?}", d);
    println!("{} {} {}", largest(&[3, 9, 2]), largest(&[1.5, -2.0]), largest(&['x', 'b', 'z']));
}
