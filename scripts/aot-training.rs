// The program the launcher runs once to train the JVM's AOT cache (see ./heaplab): it touches the
// everyday parts of the subset so that the classes, lambdas and call sites they use are stored.
use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt;
use std::ops::Add;
use std::rc::Rc;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

impl Add for Point {
    type Output = Point;
    fn add(self, o: Point) -> Point {
        Point { x: self.x + o.x, y: self.y + o.y }
    }
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({}, {})", self.x, self.y)
    }
}

#[derive(Debug)]
enum Shape {
    Circle(f64),
    Rect { w: f64, h: f64 },
}

trait Area {
    fn area(&self) -> f64;
    fn describe(&self) -> String {
        format!("area {:.2}", self.area())
    }
}

impl Area for Shape {
    fn area(&self) -> f64 {
        match self {
            Shape::Circle(r) => 3.14159 * r * r,
            Shape::Rect { w, h } => w * h,
        }
    }
}

fn parse_all(words: &[&str]) -> Result<Vec<i64>, std::num::ParseIntError> {
    let mut out = Vec::with_capacity(words.len());
    for w in words {
        out.push(w.parse::<i64>()?);
    }
    Ok(out)
}

fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() >= b.len() { a } else { b }
}

fn main() {
    let p = Point { x: 1, y: 2 } + Point { x: 3, y: 4 };
    println!("{} {:?} {:>8}|{:<6}|{:^7}|", p, p, p.x, p.y, "mid");
    let shapes: Vec<Box<dyn Area>> = vec![Box::new(Shape::Circle(1.5)), Box::new(Shape::Rect { w: 2.0, h: 3.5 })];
    for s in shapes.iter() {
        println!("{}", s.describe());
    }
    println!("{:#?}", Shape::Rect { w: 1.0, h: 2.0 });
    let nums: Vec<i32> = (1..=10).filter(|n| n % 2 == 0).map(|n| n * n).collect();
    let total: i32 = nums.iter().sum();
    println!("{:?} {} {:?} {}", nums, total, nums.iter().position(|&n| n == 36), nums.iter().any(|&n| n > 50));
    let mut counts: HashMap<String, usize> = HashMap::new();
    for word in "the quick the lazy the end".split_whitespace() {
        *counts.entry(word.to_string()).or_insert(0) += 1;
    }
    let mut keys: Vec<_> = counts.iter().collect();
    keys.sort();
    println!("{:?} {}", keys, counts.get("the").copied().unwrap_or(0));
    match parse_all(&["1", "22", "333"]) {
        Ok(v) => println!("parsed {:?} max {:?}", v, v.iter().max()),
        Err(e) => println!("error {}", e),
    }
    if let Err(e) = parse_all(&["4", "x"]) {
        println!("error: {}", e);
    }
    let shared = Rc::new(RefCell::new(Vec::new()));
    let other = Rc::clone(&shared);
    other.borrow_mut().push(String::from("hello"));
    shared.borrow_mut().push("world".to_uppercase());
    println!("{} {:?} {}", Rc::strong_count(&shared), shared.borrow(), longest("abc", "de"));
    let mut s = String::new();
    for (i, c) in "héllo".chars().rev().enumerate() {
        s.push_str(&format!("{}{}", i, c));
    }
    let mut counter = 0;
    let mut bump = |by: i32| counter += by;
    bump(2);
    bump(5);
    let opt: Option<&str> = None;
    println!("{} {} {} {}", s, counter, opt.map(|t| t.len()).unwrap_or_default(), u8::MAX.wrapping_add(1));
}
