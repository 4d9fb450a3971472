//@ compile-fail
// Calling a closure field with method syntax (E0599).
struct S<F: Fn() -> i32> { f: F }
fn main() {
    let s = S { f: || 1 };
    println!("{}", s.f()); //~ ERROR E0599
}
