//@ compile-fail
// Bindings in several arms, one through a nested struct, all move out of the borrowed enum.
struct Inner {
    text: String,
    n: i32,
}

enum Shape {
    Two(String, String),
    Named { name: String },
    Wrapped(Inner),
}

fn label(s: &Shape) -> String {
    match *s { //~ ERROR E0507
        Shape::Two(a, b) => a + &b,
        Shape::Named { name } => name,
        Shape::Wrapped(Inner { text, .. }) => text,
    }
}

fn main() {
    let w = Shape::Wrapped(Inner { text: String::from("w"), n: 1 });
    println!("{}", label(&w));
    if let Shape::Wrapped(i) = &w {
        println!("{}", i.n);
    }
}
