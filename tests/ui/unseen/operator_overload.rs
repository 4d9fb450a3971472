// Chapter 19-lite / 10: operator overloading with Add, derive PartialOrd, and Display.
use std::fmt;
use std::ops::{Add, Mul, Neg};

#[derive(Debug, Copy, Clone, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

impl Add for Point {
    type Output = Point;
    fn add(self, other: Point) -> Point {
        Point { x: self.x + other.x, y: self.y + other.y }
    }
}

impl Mul<i32> for Point {
    type Output = Point;
    fn mul(self, k: i32) -> Point {
        Point { x: self.x * k, y: self.y * k }
    }
}

impl Neg for Point {
    type Output = Point;
    fn neg(self) -> Point {
        Point { x: -self.x, y: -self.y }
    }
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "({}, {})", self.x, self.y)
    }
}

#[derive(Debug, PartialEq, PartialOrd, Clone, Copy)]
struct Millimeters(u32);

fn main() {
    let p = Point { x: 1, y: 0 } + Point { x: 2, y: 3 };
    println!("{p} {:?}", p);
    println!("{}", p * 3);
    println!("{}", -p);
    println!("{}", p == Point { x: 3, y: 3 });
    let mut acc = Point { x: 0, y: 0 };
    for i in 1..=3 {
        acc = acc + Point { x: i, y: -i };
    }
    println!("{acc:>10}|{:<12}|", format!("{}", acc));
    let a = Millimeters(5);
    let b = Millimeters(12);
    println!("{} {:?}", a < b, if a > b { a } else { b });
}
