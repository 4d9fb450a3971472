//@ compile-fail
// Matching `*boxed` with one variant missing.
enum Shape {
    Dot,
    Line(u32),
}
fn main() {
    let b = Box::new(Shape::Line(3));
    match *b { //~ ERROR E0004
        Shape::Dot => println!("dot"),
    }
}
