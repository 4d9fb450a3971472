// Matching on `&mut` gives `&mut` bindings (match ergonomics); the value is printed afterwards.
#[derive(Debug)]
enum Shape {
    Circle { r: f64 },
    Rect { w: f64, h: f64 },
}

fn main() {
    let mut shapes = vec![Shape::Circle { r: 1.0 }, Shape::Rect { w: 2.0, h: 3.0 }];
    for s in &mut shapes {
        match s {
            Shape::Circle { r } => *r *= 2.0,
            Shape::Rect { w, h } => std::mem::swap(w, h),
        }
    }
    if let Some(Shape::Rect { w, .. }) = shapes.last_mut() {
        *w += 0.5;
    }
    println!("{:?}", shapes);
}
