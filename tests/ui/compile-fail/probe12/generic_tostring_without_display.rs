//@ compile-fail
// `x.to_string()` on a `T` without `Display`.
fn text<T>(x: T) -> String {
    x.to_string() //~ ERROR E0599
}
fn main() {
    println!("{}", text(1));
}
