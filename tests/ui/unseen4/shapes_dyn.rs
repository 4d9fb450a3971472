// Trait objects in a Vec<Box<dyn Shape>>: default methods, dynamic dispatch, sorting by area.
use std::f64::consts::PI;

trait Shape {
    fn name(&self) -> String;
    fn area(&self) -> f64;
    fn perimeter(&self) -> f64;
    fn describe(&self) -> String {
        format!("{} (area {:.2}, perimeter {:.2})", self.name(), self.area(), self.perimeter())
    }
}

struct Circle {
    r: f64,
}
struct Rect {
    w: f64,
    h: f64,
}
struct Triangle {
    a: f64,
    b: f64,
    c: f64,
}

impl Shape for Circle {
    fn name(&self) -> String {
        format!("circle r={}", self.r)
    }
    fn area(&self) -> f64 {
        PI * self.r * self.r
    }
    fn perimeter(&self) -> f64 {
        2.0 * PI * self.r
    }
}

impl Shape for Rect {
    fn name(&self) -> String {
        if self.w == self.h { format!("square {}", self.w) } else { format!("rect {}x{}", self.w, self.h) }
    }
    fn area(&self) -> f64 {
        self.w * self.h
    }
    fn perimeter(&self) -> f64 {
        2.0 * (self.w + self.h)
    }
}

impl Shape for Triangle {
    fn name(&self) -> String {
        String::from("triangle")
    }
    fn area(&self) -> f64 {
        let s = self.perimeter() / 2.0;
        (s * (s - self.a) * (s - self.b) * (s - self.c)).sqrt()
    }
    fn perimeter(&self) -> f64 {
        self.a + self.b + self.c
    }
    fn describe(&self) -> String {
        format!("triangle with sides {}, {}, {}", self.a, self.b, self.c)
    }
}

fn total_area(shapes: &[Box<dyn Shape>]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

fn main() {
    let mut shapes: Vec<Box<dyn Shape>> = vec![
        Box::new(Rect { w: 3.0, h: 4.0 }),
        Box::new(Circle { r: 1.5 }),
        Box::new(Triangle { a: 3.0, b: 4.0, c: 5.0 }),
        Box::new(Rect { w: 2.0, h: 2.0 }),
        Box::new(Circle { r: 0.5 }),
    ];
    for s in &shapes {
        println!("{}", s.describe());
    }
    shapes.sort_by(|a, b| a.area().partial_cmp(&b.area()).unwrap());
    let names: Vec<String> = shapes.iter().map(|s| s.name()).collect();
    println!("by area: {:?}", names);
    println!("total area = {:.4}", total_area(&shapes));
    let big = shapes.iter().filter(|s| s.area() > 5.0).count();
    println!("{big} shapes larger than 5");
    let largest = shapes.pop().unwrap();
    println!("largest: {} with {:e}", largest.name(), largest.area());
}
