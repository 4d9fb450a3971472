//@ compile-fail
// T::default() in a generic function whose bound lacks Default (E0599).
fn make<T: Clone>() -> T { T::default() } //~ ERROR E0599
fn main() { let x: u32 = make(); println!("{}", x); }
