//@ compile-fail
// `&String::from("a")` returned as `&'static str` (E0515).
fn f() -> &'static str {
    &String::from("a") //~ ERROR E0515
}
fn main() {
    println!("{}", f());
}
