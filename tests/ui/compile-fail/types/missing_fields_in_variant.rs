//@ compile-fail
// A struct-like enum variant built without all its fields.
enum Shape {
    Rect { w: f64, h: f64 },
}

fn main() {
    let s = Shape::Rect { w: 2.0 }; //~ ERROR E0063
    match s {
        Shape::Rect { w, h } => println!("{}", w * h),
    }
}
