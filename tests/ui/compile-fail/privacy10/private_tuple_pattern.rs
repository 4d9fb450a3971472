//@ compile-fail
// Matching an imported tuple struct needs its constructor: a private field hides it.
mod m {
    pub struct T(pub i32, i32);

    pub fn t() -> T {
        T(1, 2)
    }
}

use m::T;

fn main() {
    let T(x, ..) = m::t(); //~ ERROR E0532
    println!("{}", x);
}
