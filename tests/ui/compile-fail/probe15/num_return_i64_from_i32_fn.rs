//@ compile-fail
// Returning an i64 from a function declared to return i32 (E0308).
fn f(x: i64) -> i32 {
    x * 2 //~ ERROR E0308
}
fn main() {
    println!("{}", f(1));
}
