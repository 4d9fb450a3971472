//@ compile-fail
// An associated constant cannot be reached with method syntax.
trait Shape {
    const SIDES: u32;
}

struct Square;

impl Shape for Square {
    const SIDES: u32 = 4;
}

fn main() {
    let s = Square;
    println!("{}", s.SIDES()); //~ ERROR E0599
}
