//@ compile-fail
// `T::default()` without `T: Default`.
fn make<T>() -> T {
    T::default() //~ ERROR E0599
}
fn main() {
    let x: u32 = make();
    println!("{x}");
}
