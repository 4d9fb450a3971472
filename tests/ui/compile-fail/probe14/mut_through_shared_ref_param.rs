//@ compile-fail
// Assigning through a `&i32` parameter.
fn set(r: &i32) {
    *r = 5; //~ ERROR E0594
}
fn main() {
    set(&1);
}
