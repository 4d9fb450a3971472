//@ compile-fail
// An associated constant is a value, not a function.
trait Shape {
    const SIDES: u32;
}

struct Square;

impl Shape for Square {
    const SIDES: u32 = 4;
}

fn main() {
    let n = Square::SIDES(); //~ ERROR E0618
    println!("{n}");
}
