// Trait objects: Vec<Box<dyn Shape>>, default methods, &dyn parameters and sorting by a float key.
use std::f64::consts::PI;

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String;
    fn perimeter(&self) -> f64 {
        0.0
    }
    fn describe(&self) -> String {
        format!("{} with area {:.2} and perimeter {:.2}", self.name(), self.area(), self.perimeter())
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
    fn area(&self) -> f64 {
        PI * self.r * self.r
    }
    fn name(&self) -> String {
        format!("circle(r={})", self.r)
    }
    fn perimeter(&self) -> f64 {
        2.0 * PI * self.r
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
    fn name(&self) -> String {
        if self.w == self.h { "square".to_string() } else { "rect".to_string() }
    }
    fn perimeter(&self) -> f64 {
        2.0 * (self.w + self.h)
    }
}

impl Shape for Triangle {
    fn area(&self) -> f64 {
        let s = (self.a + self.b + self.c) / 2.0;
        (s * (s - self.a) * (s - self.b) * (s - self.c)).sqrt()
    }
    fn name(&self) -> String {
        String::from("triangle")
    }
}

fn largest<'a>(shapes: &'a [Box<dyn Shape>]) -> &'a dyn Shape {
    let mut best = &shapes[0];
    for s in shapes.iter() {
        if s.area() > best.area() {
            best = s;
        }
    }
    best.as_ref()
}

fn print_it(s: &dyn Shape) {
    println!("> {}", s.describe());
}

fn main() {
    let mut shapes: Vec<Box<dyn Shape>> = vec![
        Box::new(Circle { r: 1.5 }),
        Box::new(Rect { w: 3.0, h: 4.0 }),
        Box::new(Triangle { a: 3.0, b: 4.0, c: 5.0 }),
        Box::new(Rect { w: 2.0, h: 2.0 }),
    ];
    for s in &shapes {
        print_it(s.as_ref());
    }
    println!("largest: {}", largest(&shapes).name());
    shapes.sort_by(|a, b| a.area().partial_cmp(&b.area()).unwrap());
    let names: Vec<String> = shapes.iter().map(|s| s.name()).collect();
    println!("by area: {}", names.join(" < "));
    let total: f64 = shapes.iter().map(|s| s.area()).sum();
    println!("total area {:.4}", total);
    shapes.push(Box::new(Circle { r: 0.1 }));
    let small = shapes.iter().filter(|s| s.area() < 5.0).count();
    println!("{} small of {}", small, shapes.len());
    println!("size of Box<dyn Shape>: {}, &dyn Shape: {}", std::mem::size_of::<Box<dyn Shape>>(), std::mem::size_of::<&dyn Shape>());
}
