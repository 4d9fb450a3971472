//@ compile-fail
// Returning `dyn Fn` by value (E0746).
fn make() -> dyn Fn(i32) -> i32 { //~ ERROR E0746
    |x| x + 1
}
fn main() {
    println!("{}", make()(1)); //~ ERROR E0277
}
