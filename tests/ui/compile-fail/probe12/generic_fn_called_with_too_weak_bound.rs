//@ compile-fail
// A generic function with `T: Clone` calls one requiring `T: Copy`.
fn need_copy<T: Copy>(x: T) -> T {
    x
}
fn forward<T: Clone>(x: T) -> T {
    need_copy(x) //~ ERROR E0277
}
fn main() {
    println!("{}", forward(1));
}
