//@ compile-fail
// A generic helper compares two values with > but its type parameter has no PartialOrd bound.
fn larger<T>(a: T, b: T) -> T {
    if a > b { a } else { b } //~ ERROR E0369
}

fn main() {
    println!("{} {}", larger(3, 9), larger('x', 'b'));
}
