// Box<dyn Trait>: a fat pointer (data + vtable) to values of different sizes on the heap.
use std::mem::size_of;

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String;
}

struct Square(f64);
struct Circle {
    r: f64,
}
struct Triangle {
    base: f64,
    height: f64,
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn name(&self) -> String {
        "carre".to_string()
    }
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
    fn name(&self) -> String {
        String::from("cercle")
    }
}

impl Shape for Triangle {
    fn area(&self) -> f64 {
        self.base * self.height / 2.0
    }
    fn name(&self) -> String {
        format!("triangle {}x{}", self.base, self.height)
    }
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![
        Box::new(Square(2.0)),
        Box::new(Circle { r: 1.5 }),
        Box::new(Triangle { base: 4.0, height: 3.0 }),
    ];
    println!("Box<dyn Shape>: {} bytes, Box<Square>: {} bytes", size_of::<Box<dyn Shape>>(), size_of::<Box<Square>>());
    let mut total = 0.0;
    for s in shapes.iter() {
        println!("{:<16} {:>6.2}", s.name(), s.area());
        total += s.area();
    }
    println!("total {:.2}", total);
    let biggest = shapes.iter().max_by(|a, b| a.area().partial_cmp(&b.area()).unwrap()).unwrap();
    println!("biggest {}", biggest.name());
}
