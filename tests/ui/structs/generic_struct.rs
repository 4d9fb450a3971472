// A generic struct with a method available for every T and one only for f64.
#[derive(Debug)]
struct Point<T> {
    x: T,
    y: T,
}

impl<T: Copy> Point<T> {
    fn swap(&self) -> Point<T> {
        Point { x: self.y, y: self.x }
    }
}

impl Point<f64> {
    fn distance_from_origin(&self) -> f64 {
        (self.x.powi(2) + self.y.powi(2)).sqrt()
    }
}

fn main() {
    let p = Point { x: 5, y: 10 };
    let q = Point { x: 3.0, y: 4.0 };
    println!("{:?} {:?}", p, p.swap());
    println!("{}", q.distance_from_origin());
    let r = Point { x: "a", y: "b" };
    println!("{:?}", r.swap());
}
