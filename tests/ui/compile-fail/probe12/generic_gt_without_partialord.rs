//@ compile-fail
// `a > b` on a type parameter without `PartialOrd`.
fn biggest<T>(a: T, b: T) -> T {
    if a > b { a } else { b } //~ ERROR E0369
}
fn main() {
    println!("{}", biggest(1, 2));
}
