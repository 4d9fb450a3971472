//@ compile-fail
// `&Vec::new()` is not promoted to `'static` (E0515).
fn f() -> &'static Vec<u32> {
    &Vec::new() //~ ERROR E0515
}
fn main() {
    println!("{}", f().len());
}
