//@ compile-fail
// A struct-variant pattern that omits a field without `..`.
enum Shape {
    Rect { w: u32, h: u32 },
}

fn main() {
    let s = Shape::Rect { w: 2, h: 3 };
    match s {
        Shape::Rect { w } => println!("{}", w), //~ ERROR E0027
    }
}
