//@ compile-fail
// A one-argument closure for an `Fn(i32, i32)` bound (E0593).
fn apply<F: Fn(i32, i32) -> i32>(f: F) -> i32 { f(1, 2) }
fn main() {
    println!("{}", apply(|a| a)); //~ ERROR E0593
}
