// Traits: operator overloading (Add, Sub, Neg, AddAssign, Mul<f64>), PartialOrd derive, Default.
use std::ops::{Add, AddAssign, Mul, Neg, Sub};

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default)]
struct Point {
    x: f64,
    y: f64,
}

impl Add for Point {
    type Output = Point;
    fn add(self, o: Point) -> Point {
        Point { x: self.x + o.x, y: self.y + o.y }
    }
}

impl Sub for Point {
    type Output = Point;
    fn sub(self, o: Point) -> Point {
        Point { x: self.x - o.x, y: self.y - o.y }
    }
}

impl Neg for Point {
    type Output = Point;
    fn neg(self) -> Point {
        Point { x: -self.x, y: -self.y }
    }
}

impl Mul<f64> for Point {
    type Output = Point;
    fn mul(self, k: f64) -> Point {
        Point { x: self.x * k, y: self.y * k }
    }
}

impl AddAssign for Point {
    fn add_assign(&mut self, o: Point) {
        self.x += o.x;
        self.y += o.y;
    }
}

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Clone, Copy)]
struct Millimeters(u32);
struct Meters(u32);

impl Add<Meters> for Millimeters {
    type Output = Millimeters;
    fn add(self, other: Meters) -> Millimeters {
        Millimeters(self.0 + (other.0 * 1000))
    }
}

fn main() {
    let a = Point { x: 1.0, y: 2.0 };
    let b = Point { x: 3.5, y: -1.0 };
    println!("{:?}", a + b);
    println!("{:?}", a - b);
    println!("{:?}", -a);
    println!("{:?}", b * 2.0);
    let mut c = Point::default();
    for _ in 0..3 {
        c += a;
    }
    println!("{:?} {}", c, c == Point { x: 3.0, y: 6.0 });
    println!("{} {}", a < b, a.partial_cmp(&b) == Some(std::cmp::Ordering::Less));
    let m = Millimeters(500) + Meters(2);
    println!("{:?}", m);
    let mut lengths = vec![Millimeters(30), Millimeters(5), m];
    lengths.sort();
    println!("{:?} max {:?}", lengths, lengths.iter().max());
    println!("{:?}", Millimeters(3).cmp(&Millimeters(4)));
}
