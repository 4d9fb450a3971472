//@ compile-fail
// `&(v[0] + 1)` returned from a function taking `&Vec<u32>` (E0515).
fn f(v: &Vec<u32>) -> &u32 {
    &(v[0] + 1) //~ ERROR E0515
}
fn main() {
    println!("{}", f(&vec![1]));
}
