// Traits: trait objects in a Vec, default methods, supertraits, generic fn with multiple bounds.
use std::fmt;

trait Shape: fmt::Debug {
    fn area(&self) -> f64;
    fn name(&self) -> String {
        String::from("shape")
    }
    fn describe(&self) -> String {
        format!("{} with area {:.2}", self.name(), self.area())
    }
}

#[derive(Debug)]
struct Circle {
    r: f64,
}

#[derive(Debug)]
struct Rect {
    w: f64,
    h: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.14159 * self.r * self.r
    }
    fn name(&self) -> String {
        "circle".to_string()
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
}

impl fmt::Display for Rect {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}x{}", self.w, self.h)
    }
}

fn show<T: Shape + fmt::Display>(t: &T) -> String {
    format!("[{}] {}", t, t.describe())
}

fn total_area(shapes: &[Box<dyn Shape>]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

fn largest<'a>(shapes: &'a [Box<dyn Shape>]) -> Option<&'a dyn Shape> {
    let mut best: Option<&dyn Shape> = None;
    for s in shapes {
        if best.map_or(true, |b| s.area() > b.area()) {
            best = Some(s.as_ref());
        }
    }
    best
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![
        Box::new(Circle { r: 1.0 }),
        Box::new(Rect { w: 2.0, h: 5.5 }),
        Box::new(Circle { r: 0.5 }),
    ];
    for s in shapes.iter() {
        println!("{}", s.describe());
    }
    println!("total {:.3}", total_area(&shapes));
    println!("largest {:?}", largest(&shapes));
    println!("{}", show(&Rect { w: 1.5, h: 2.0 }));
    let empty: Vec<Box<dyn Shape>> = Vec::new();
    println!("{:?}", largest(&empty).is_none());
}
