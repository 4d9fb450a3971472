// Shapes through a trait used both as a generic bound (static dispatch) and as &dyn (dynamic dispatch).
use std::f64::consts::PI;

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String;
    fn scale(&mut self, k: f64);
}

#[derive(Debug, Clone, Copy)]
struct Circle {
    r: f64,
}

#[derive(Debug, Clone, Copy)]
struct Rect {
    w: f64,
    h: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        PI * self.r * self.r
    }
    fn name(&self) -> String {
        format!("circle r={}", self.r)
    }
    fn scale(&mut self, k: f64) {
        self.r *= k;
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
    fn name(&self) -> String {
        format!("rect {}x{}", self.w, self.h)
    }
    fn scale(&mut self, k: f64) {
        self.w *= k;
        self.h *= k;
    }
}

fn total_area<T: Shape>(shapes: &[T]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

fn largest<'a>(shapes: &[&'a dyn Shape]) -> Option<&'a dyn Shape> {
    let mut best: Option<&dyn Shape> = None;
    for &s in shapes {
        if best.map_or(true, |b| s.area() > b.area()) {
            best = Some(s);
        }
    }
    best
}

fn grow_all<S>(shapes: &mut Vec<S>, k: f64)
where
    S: Shape,
{
    for s in shapes.iter_mut() {
        s.scale(k);
    }
}

fn main() {
    let mut circles = vec![Circle { r: 1.0 }, Circle { r: 2.5 }];
    let rects = [Rect { w: 3.0, h: 4.0 }, Rect { w: 0.5, h: 10.0 }];
    println!("circles: {:.3}", total_area(&circles));
    println!("rects: {:.3}", total_area(&rects));
    grow_all(&mut circles, 2.0);
    println!("circles doubled: {:.3} {:?}", total_area(&circles), circles);
    let mixed: Vec<&dyn Shape> = vec![&circles[0], &rects[0], &rects[1], &circles[1]];
    for s in &mixed {
        println!("{:<14} {:>8.2}", s.name(), s.area());
    }
    if let Some(big) = largest(&mixed) {
        println!("largest: {}", big.name());
    }
    println!("{:?}", largest(&[]).map(|s| s.name()));
}
