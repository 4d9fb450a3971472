// Shapes as trait objects in a Vec<Box<dyn Shape>>: areas, sorting by a float key, downcasting by name
use std::f64::consts::PI;

trait Shape {
    fn area(&self) -> f64;
    fn perimeter(&self) -> f64;
    fn name(&self) -> String;
    fn scale(&mut self, k: f64);
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
    fn area(&self) -> f64 { PI * self.r * self.r }
    fn perimeter(&self) -> f64 { 2.0 * PI * self.r }
    fn name(&self) -> String { format!("circle(r={})", self.r) }
    fn scale(&mut self, k: f64) { self.r *= k; }
}

impl Shape for Rect {
    fn area(&self) -> f64 { self.w * self.h }
    fn perimeter(&self) -> f64 { 2.0 * (self.w + self.h) }
    fn name(&self) -> String {
        if self.w == self.h { format!("square({})", self.w) } else { format!("rect({}x{})", self.w, self.h) }
    }
    fn scale(&mut self, k: f64) {
        self.w *= k;
        self.h *= k;
    }
}

impl Shape for Triangle {
    fn area(&self) -> f64 {
        let s = self.perimeter() / 2.0;
        (s * (s - self.a) * (s - self.b) * (s - self.c)).sqrt()
    }
    fn perimeter(&self) -> f64 { self.a + self.b + self.c }
    fn name(&self) -> String { format!("triangle({}, {}, {})", self.a, self.b, self.c) }
    fn scale(&mut self, k: f64) {
        self.a *= k;
        self.b *= k;
        self.c *= k;
    }
}

fn total_area(shapes: &[Box<dyn Shape>]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

fn main() {
    let mut shapes: Vec<Box<dyn Shape>> = vec![
        Box::new(Circle { r: 1.5 }),
        Box::new(Rect { w: 3.0, h: 4.0 }),
        Box::new(Triangle { a: 3.0, b: 4.0, c: 5.0 }),
        Box::new(Rect { w: 2.0, h: 2.0 }),
    ];
    println!("total area: {:.3}", total_area(&shapes));
    shapes.sort_by(|x, y| x.area().partial_cmp(&y.area()).unwrap());
    for s in &shapes {
        println!("{:<22} area {:>7.3} perimeter {:>7.3}", s.name(), s.area(), s.perimeter());
    }
    for s in shapes.iter_mut().filter(|s| s.area() < 7.0) {
        s.scale(2.0);
    }
    let names: Vec<String> = shapes.iter().map(|s| s.name()).collect();
    println!("{:?}", names);
    println!("total area after scaling: {:.3}", total_area(&shapes));
    let biggest = shapes.iter().max_by(|a, b| a.perimeter().total_cmp(&b.perimeter())).unwrap();
    println!("largest perimeter: {}", biggest.name());
}
