// Check-time benchmark: generic and trait-heavy code (bounds, associated types, trait objects,
// default methods, operator traits, generic structs), about 200 lines, written for the benchmark.
use std::collections::HashMap;
use std::fmt;
use std::ops::{Add, Mul};

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String;
    fn describe(&self) -> String {
        format!("{} with area {:.2}", self.name(), self.area())
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Vec2 {
    x: f64,
    y: f64,
}

impl Add for Vec2 {
    type Output = Vec2;
    fn add(self, o: Vec2) -> Vec2 {
        Vec2 { x: self.x + o.x, y: self.y + o.y }
    }
}

impl Mul<f64> for Vec2 {
    type Output = Vec2;
    fn mul(self, k: f64) -> Vec2 {
        Vec2 { x: self.x * k, y: self.y * k }
    }
}

impl fmt::Display for Vec2 {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({:.1}, {:.1})", self.x, self.y)
    }
}

struct Circle {
    center: Vec2,
    radius: f64,
}

struct Rect {
    corner: Vec2,
    size: Vec2,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.14159 * self.radius * self.radius
    }
    fn name(&self) -> String {
        format!("circle at {}", self.center)
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.size.x * self.size.y
    }
    fn name(&self) -> String {
        format!("rect at {}", self.corner)
    }
    fn describe(&self) -> String {
        format!("rectangle {} x {}", self.size.x, self.size.y)
    }
}

fn total_area(shapes: &[Box<dyn Shape>]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

fn largest<T: PartialOrd + Copy>(items: &[T]) -> Option<T> {
    let mut best: Option<T> = None;
    for &it in items {
        best = match best {
            None => Some(it),
            Some(b) if it > b => Some(it),
            Some(b) => Some(b),
        };
    }
    best
}

fn sum_all<T: Add<Output = T> + Copy + Default>(items: &[T]) -> T {
    let mut acc = T::default();
    for &x in items {
        acc = acc + x;
    }
    acc
}

trait Container {
    type Item;
    fn get(&self, i: usize) -> Option<&Self::Item>;
    fn first(&self) -> Option<&Self::Item> {
        self.get(0)
    }
    fn size(&self) -> usize;
}

struct Stack<T> {
    items: Vec<T>,
}

impl<T: Clone + fmt::Debug> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }
    fn push(&mut self, t: T) -> &mut Self {
        self.items.push(t);
        self
    }
    fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }
    fn peek(&self) -> Option<&T> {
        self.items.last()
    }
}

impl<T> Container for Stack<T> {
    type Item = T;
    fn get(&self, i: usize) -> Option<&T> {
        self.items.get(i)
    }
    fn size(&self) -> usize {
        self.items.len()
    }
}

fn show_container<C: Container>(c: &C) -> String
where
    C::Item: fmt::Debug,
{
    format!("{} items, first {:?}", c.size(), c.first())
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Kind {
    Small,
    Large(u32),
}

struct Pair<A, B> {
    a: A,
    b: B,
}

impl<A: fmt::Display, B: fmt::Display> Pair<A, B> {
    fn swap(self) -> Pair<B, A> {
        Pair { a: self.b, b: self.a }
    }
    fn show(&self) -> String {
        format!("<{}, {}>", self.a, self.b)
    }
}

fn count_kinds<I: Iterator<Item = Kind>>(it: I) -> HashMap<Kind, usize> {
    let mut m = HashMap::new();
    for k in it {
        *m.entry(k).or_insert(0) += 1;
    }
    m
}

fn apply<F: Fn(i64) -> i64>(f: F, n: i64) -> i64 {
    f(f(n))
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![
        Box::new(Circle { center: Vec2 { x: 0.0, y: 1.0 }, radius: 2.0 }),
        Box::new(Rect { corner: Vec2 { x: 1.0, y: 1.0 }, size: Vec2 { x: 3.0, y: 4.0 } }),
    ];
    for s in &shapes {
        println!("{}", s.describe());
    }
    println!("total {:.2}", total_area(&shapes));
    let v = Vec2 { x: 1.0, y: 2.0 } + Vec2 { x: 0.5, y: 0.5 } * 2.0;
    println!("{} {:?}", v, v == Vec2 { x: 2.0, y: 3.0 });
    println!("{:?} {:?} {:?}", largest(&[3, 9, 2]), largest(&[1.5, 0.5]), largest::<char>(&[]));
    println!("{} {:.1}", sum_all(&[1, 2, 3, 4]), sum_all(&[0.5, 0.25]));
    let mut st: Stack<String> = Stack::new();
    st.push(String::from("a")).push(String::from("b")).push(String::from("c"));
    println!("{:?}", st.peek());
    println!("{:?}", st.pop());
    println!("{}", show_container(&st));
    let nums = Stack { items: vec![10, 20] };
    println!("{} {:?}", show_container(&nums), nums.get(1));
    let kinds = vec![Kind::Small, Kind::Large(3), Kind::Small, Kind::Large(3), Kind::Large(1)];
    let counts = count_kinds(kinds.clone().into_iter());
    let mut keys: Vec<&Kind> = counts.keys().collect();
    keys.sort();
    for k in keys {
        println!("{:?}: {}", k, counts[k]);
    }
    let p = Pair { a: 1, b: "one" };
    println!("{} {}", p.show(), p.swap().show());
    let k = 3;
    println!("{} {}", apply(|x| x * k, 2), apply(|x| x - 1, 10));
    let mut sorted = kinds;
    sorted.sort();
    sorted.dedup();
    println!("{:?}", sorted);
}
