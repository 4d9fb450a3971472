// Generics: a generic Stack<T> with impl blocks under different bounds, and generic functions.
use std::fmt::Display;

#[derive(Debug)]
struct Stack<T> {
    items: Vec<T>,
    max: usize,
}

impl<T> Stack<T> {
    fn new(max: usize) -> Self {
        Stack { items: Vec::new(), max }
    }

    fn push(&mut self, item: T) -> Result<(), T> {
        if self.items.len() == self.max {
            Err(item)
        } else {
            self.items.push(item);
            Ok(())
        }
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

impl<T: Display> Stack<T> {
    fn show(&self) -> String {
        let parts: Vec<String> = self.items.iter().map(|i| i.to_string()).collect();
        format!("<{}]", parts.join("|"))
    }
}

impl<T: PartialOrd + Copy> Stack<T> {
    fn max_item(&self) -> Option<T> {
        let mut it = self.items.iter();
        let mut best = *it.next()?;
        for &x in it {
            if x > best {
                best = x;
            }
        }
        Some(best)
    }
}

#[derive(Debug, Clone, PartialEq)]
struct Pair<A, B> {
    left: A,
    right: B,
}

impl<A: Clone, B: Clone> Pair<A, B> {
    fn swap(&self) -> Pair<B, A> {
        Pair { left: self.right.clone(), right: self.left.clone() }
    }
}

fn describe<T: Display, U: std::fmt::Debug>(t: T, u: U) -> String {
    format!("{t} / {u:?}")
}

fn main() {
    let mut s: Stack<i32> = Stack::new(3);
    for x in [5, 1, 9, 4] {
        match s.push(x) {
            Ok(()) => println!("pushed {x}: {}", s.show()),
            Err(v) => println!("full, rejected {v}"),
        }
    }
    println!("peek {:?} max {:?} len {}", s.peek(), s.max_item(), s.len());
    while let Some(top) = s.pop() {
        print!("{top} ");
    }
    println!("empty={}", s.is_empty());
    println!("max of empty {:?}", s.max_item());

    let mut words = Stack::new(2);
    words.push(String::from("alpha")).unwrap();
    words.push("beta".to_string()).unwrap();
    let rejected = words.push("gamma".to_string()).unwrap_err();
    println!("{} rejected {rejected}", words.show());
    println!("{:?}", words);

    let p = Pair { left: 1.5, right: "x" };
    let q = p.swap();
    println!("{:?} {:?} {}", p, q, q.swap() == p);
    println!("{}", describe(3, vec![1, 2]));
    println!("{}", describe("s", Some('c')));
}
