//@ compile-fail
// `v.iter_mut()` with `v: &Vec<i32>`.
fn bump(v: &Vec<i32>) {
    for x in v.iter_mut() { //~ ERROR E0596
        *x += 1;
    }
}
fn main() {
    bump(&vec![1]);
}
