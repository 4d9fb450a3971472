//@ compile-fail
// An impl must give every associated constant that has no default.
trait Shape {
    const SIDES: u32;
}

struct Circle;

impl Shape for Circle {} //~ ERROR E0046

fn main() {
    println!("{}", Circle::SIDES);
}
