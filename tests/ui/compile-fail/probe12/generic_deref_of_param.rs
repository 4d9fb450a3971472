//@ compile-fail
// Dereferencing a type parameter that is not a reference.
fn get<T>(x: T) -> u32 {
    *x //~ ERROR E0614
}
fn main() {
    println!("{}", get(&1u32));
}
