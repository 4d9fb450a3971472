//@ compile-fail
// Returning a `U` where `T` is expected.
fn pick<T, U>(_t: T, u: U) -> T {
    u //~ ERROR E0308
}
fn main() {
    println!("{}", pick(1, 2));
}
