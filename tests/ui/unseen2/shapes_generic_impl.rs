// Traits with generics: impl Trait arguments, generic functions over slices, PartialOrd on areas, Debug derive.
use std::f64::consts::PI;

trait Shape {
    fn area(&self) -> f64;
    fn perimeter(&self) -> f64;
    fn name(&self) -> &str;
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
    fn perimeter(&self) -> f64 {
        2.0 * PI * self.r
    }
    fn name(&self) -> &str {
        "circle"
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
    fn perimeter(&self) -> f64 {
        2.0 * (self.w + self.h)
    }
    fn name(&self) -> &str {
        if self.w == self.h { "square" } else { "rectangle" }
    }
}

fn total_area<T: Shape>(shapes: &[T]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

fn largest<T: Shape + Copy>(shapes: &[T]) -> Option<T> {
    let mut best: Option<T> = None;
    for &s in shapes {
        match best {
            Some(b) if b.area() >= s.area() => {}
            _ => best = Some(s),
        }
    }
    best
}

fn report(shape: &impl Shape) -> String {
    format!("{:<9} area {:>8.3} perimeter {:>7.3}", shape.name(), shape.area(), shape.perimeter())
}

fn compare<A: Shape, B: Shape>(a: &A, b: &B) -> &'static str {
    match a.area().partial_cmp(&b.area()) {
        Some(std::cmp::Ordering::Less) => "smaller",
        Some(std::cmp::Ordering::Greater) => "larger",
        _ => "same",
    }
}

fn main() {
    let circles = [Circle { r: 1.0 }, Circle { r: 2.5 }, Circle { r: 0.5 }];
    let rects = vec![Rect { w: 2.0, h: 3.0 }, Rect { w: 4.0, h: 4.0 }];
    for c in &circles {
        println!("{}", report(c));
    }
    for r in rects.iter() {
        println!("{}", report(r));
    }
    println!("circles total {:.4}, rects total {:.4}", total_area(&circles), total_area(&rects));
    println!("largest circle {:?}", largest(&circles));
    println!("largest rect {:?}", largest(&rects[..]));
    let none: Option<Rect> = largest(&[]);
    println!("largest of nothing {:?}", none);
    println!("unit circle is {} than the 2x3 rect", compare(&circles[0], &rects[0]));
    println!("square is {} than itself", compare(&rects[1], &rects[1]));
}
