//@ compile-fail
// Assigning to `v[0]` through `&Vec`.
fn set(v: &Vec<i32>) {
    v[0] = 5; //~ ERROR E0596
}
fn main() {
    set(&vec![1]);
}
