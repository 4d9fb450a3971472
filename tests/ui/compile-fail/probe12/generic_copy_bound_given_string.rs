//@ compile-fail
// A `String` given to `fn f<T: Copy>`.
fn keep<T: Copy>(x: T) -> T {
    x
}
fn main() {
    let s = keep(String::from("a")); //~ ERROR E0277
    println!("{s}");
}
