//@ compile-fail
// Printing a type parameter with `{}` without a `Display` bound.
fn show<T>(x: T) {
    println!("{}", x); //~ ERROR E0277
}
fn main() {
    show(3);
}
