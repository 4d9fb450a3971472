// What callers may do with `impl Trait` values: the bounds' methods and their supertraits, Iterator adapters, Fn calls, Send leaking.
//@ no-stats
use std::fmt::Display;

fn evens(limit: u32) -> impl Iterator<Item = u32> {
    (0..limit).filter(|n| n % 2 == 0)
}

fn doubled(limit: u32) -> impl Iterator<Item = u32> {
    evens(limit).map(|n| n * 2)
}

fn label(n: i32) -> impl Display + Clone {
    format!("#{}", n)
}

fn adder(k: i32) -> impl Fn(i32) -> i32 {
    move |x| x + k
}

fn counter() -> impl FnMut() -> u32 {
    let mut c = 0;
    move || {
        c += 1;
        c
    }
}

fn apply(f: impl Fn(i32) -> i32, x: i32) -> i32 {
    f(x)
}

fn pairs<T: Clone>(v: Vec<T>) -> impl Iterator<Item = (usize, T)> {
    v.into_iter().enumerate()
}

fn main() {
    let v: Vec<u32> = doubled(10).collect();
    println!("{:?}", v);
    println!("{}", evens(7).sum::<u32>());
    println!("{}", evens(9).rev_free_count());
    let l = label(3);
    let l2 = l.clone();
    println!("{} {} {}", l, l2, l.to_string().len());
    let add5 = adder(5);
    println!("{} {} {}", add5(1), apply(&add5, 2), apply(add5, 3));
    let mut c = counter();
    c();
    println!("{}", c());
    for (i, s) in pairs(vec!["a", "b"]) {
        println!("{} {}", i, s);
    }
    let it = doubled(4);
    let h = std::thread::spawn(move || it.count());
    println!("{}", h.join().unwrap());
    let mut peek = evens(5).peekable();
    let first = peek.peek().copied();
    println!("{:?} {:?}", first, peek.next());
}

trait RevFreeCount: Iterator + Sized {
    fn rev_free_count(self) -> usize {
        self.count()
    }
}

impl<I: Iterator> RevFreeCount for I {}
