// Matching on `&mut` an enum and changing its payloads through the bindings.
enum Shape {
    Circle(f64),
    Rect { w: f64, h: f64 },
}

fn grow(s: &mut Shape) {
    match s {
        Shape::Circle(r) => *r *= 2.0,
        Shape::Rect { w, h } => {
            *w += 1.0;
            *h += 1.0;
        }
    }
}

fn main() {
    let mut shapes = vec![Shape::Circle(1.5), Shape::Rect { w: 2.0, h: 3.0 }];
    for s in shapes.iter_mut() {
        grow(s);
    }
    for s in &shapes {
        match s {
            Shape::Circle(r) => println!("circle {}", r),
            Shape::Rect { w, h } => println!("rect {}x{}", w, h),
        }
    }
}
