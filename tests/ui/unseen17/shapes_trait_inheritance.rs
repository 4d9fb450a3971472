// Inheritance emulated with a trait and default methods; a Vec<Box<dyn Shape>> iterated like a list of base-class objects.
use std::f64::consts::PI;

trait Shape {
    fn name(&self) -> String;
    fn area(&self) -> f64;
    fn perimeter(&self) -> f64;

    fn describe(&self) -> String {
        format!("{} with area {:.2} and perimeter {:.2}", self.name(), self.area(), self.perimeter())
    }

    fn is_bigger_than(&self, other: &dyn Shape) -> bool {
        self.area() > other.area()
    }
}

struct Circle {
    radius: f64,
}

struct Rectangle {
    width: f64,
    height: f64,
}

struct Square {
    side: f64,
}

impl Shape for Circle {
    fn name(&self) -> String {
        "Circle".to_string()
    }
    fn area(&self) -> f64 {
        PI * self.radius * self.radius
    }
    fn perimeter(&self) -> f64 {
        2.0 * PI * self.radius
    }
}

impl Shape for Rectangle {
    fn name(&self) -> String {
        String::from("Rectangle")
    }
    fn area(&self) -> f64 {
        self.width * self.height
    }
    fn perimeter(&self) -> f64 {
        2.0 * (self.width + self.height)
    }
}

impl Shape for Square {
    fn name(&self) -> String {
        "Square".into()
    }
    fn area(&self) -> f64 {
        self.side * self.side
    }
    fn perimeter(&self) -> f64 {
        4.0 * self.side
    }
    fn describe(&self) -> String {
        format!("Square of side {} (a special rectangle)", self.side)
    }
}

fn total_area(shapes: &[Box<dyn Shape>]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

fn main() {
    let mut shapes: Vec<Box<dyn Shape>> = Vec::new();
    shapes.push(Box::new(Circle { radius: 1.5 }));
    shapes.push(Box::new(Rectangle { width: 3.0, height: 4.0 }));
    shapes.push(Box::new(Square { side: 2.5 }));
    shapes.push(Box::new(Circle { radius: 0.5 }));

    for s in shapes.iter() {
        println!("{}", s.describe());
    }
    println!("total area: {:.3}", total_area(&shapes));

    let first = &shapes[0];
    for other in &shapes[1..] {
        println!("{} bigger than {}? {}", first.name(), other.name(), first.is_bigger_than(other.as_ref()));
    }

    shapes.sort_by(|a, b| a.area().partial_cmp(&b.area()).unwrap());
    let names: Vec<String> = shapes.iter().map(|s| s.name()).collect();
    println!("by area: {}", names.join(" < "));
}
