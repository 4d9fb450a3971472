//@ compile-fail
// An associated constant's value must have the declared type.
trait Shape {
    const SIDES: u32;
}

struct Square;

impl Shape for Square {
    const SIDES: u32 = "four"; //~ ERROR E0308
}

fn main() {
    println!("{}", Square::SIDES);
}
