//@ compile-fail
// `&String::new()` is not promoted to `'static` (E0515).
fn f() -> &'static String {
    &String::new() //~ ERROR E0515
}
fn main() {
    println!("{}", f().len());
}
