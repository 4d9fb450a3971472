//@ compile-fail
// Indexing `[1, 2, 3]` at 5 panics unconditionally (deny lint).
fn main() {
    let a = [1, 2, 3];
    println!("{}", a[5]); //~ ERROR this operation will panic at runtime
}
