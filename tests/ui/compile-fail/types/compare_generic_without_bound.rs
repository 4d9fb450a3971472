//@ compile-fail
// Comparing values of a generic type without a PartialOrd bound.
fn max_of<T>(a: T, b: T) -> T {
    if a > b { a } else { b } //~ ERROR E0369
}

fn main() {
    println!("{}", max_of(1, 2));
}
