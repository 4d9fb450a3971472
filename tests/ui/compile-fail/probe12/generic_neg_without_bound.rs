//@ compile-fail
// `-x` on a type parameter without `Neg`.
fn negate<T>(x: T) -> T {
    -x //~ ERROR E0600
}
fn main() {
    println!("{}", negate(3));
}
