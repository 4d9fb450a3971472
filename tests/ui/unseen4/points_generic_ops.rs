// A generic Point<T> with derived traits, Add/Sub/Neg impls, methods only for Point<f64>, and PartialOrd sorting.
use std::ops::{Add, Neg, Sub};

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default)]
struct Point<T> {
    x: T,
    y: T,
}

impl<T: Add<Output = T>> Add for Point<T> {
    type Output = Point<T>;
    fn add(self, o: Point<T>) -> Point<T> {
        Point { x: self.x + o.x, y: self.y + o.y }
    }
}

impl<T: Sub<Output = T>> Sub for Point<T> {
    type Output = Self;
    fn sub(self, o: Self) -> Self {
        Point { x: self.x - o.x, y: self.y - o.y }
    }
}

impl<T: Neg<Output = T>> Neg for Point<T> {
    type Output = Self;
    fn neg(self) -> Self {
        Point { x: -self.x, y: -self.y }
    }
}

impl Point<f64> {
    fn norm(&self) -> f64 {
        (self.x * self.x + self.y * self.y).sqrt()
    }
}

impl<T: Copy + std::fmt::Display> Point<T> {
    fn show(&self) -> String {
        format!("({}, {})", self.x, self.y)
    }
    fn swap(self) -> Point<T> {
        Point { x: self.y, y: self.x }
    }
}

fn centroid(ps: &[Point<f64>]) -> Point<f64> {
    let sum = ps.iter().fold(Point::default(), |acc, &p| acc + p);
    Point { x: sum.x / ps.len() as f64, y: sum.y / ps.len() as f64 }
}

fn main() {
    let a = Point { x: 3, y: 4 };
    let b = Point { x: -1, y: 2 };
    println!("{:?} {:?} {:?}", a + b, a - b, -a);
    println!("{} {}", (a + b).show(), a.swap().show());
    println!("{} {}", a == Point { x: 3, y: 4 }, a < b);
    let mut fs = vec![
        Point { x: 1.0, y: 1.0 },
        Point { x: -2.5, y: 0.5 },
        Point { x: 0.0, y: -3.0 },
        Point { x: 1.0, y: 0.0 },
    ];
    fs.sort_by(|p, q| p.partial_cmp(q).unwrap());
    println!("{:?}", fs);
    let c = centroid(&fs);
    println!("centroid {} norm {:.4}", c.show(), c.norm());
    let far = fs.iter().copied().max_by(|p, q| p.norm().total_cmp(&q.norm())).unwrap();
    println!("farthest {:?} at {:.3}", far, far.norm());
    let chars = Point { x: 'a', y: 'z' };
    println!("{}", chars.swap().show());
    let z: Point<u8> = Point::default();
    println!("{:?}", z);
    let big = Point { x: 200u8, y: 100 };
    println!("{:?}", big + Point { x: 50, y: 200 });
}
