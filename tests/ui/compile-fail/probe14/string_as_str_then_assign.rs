//@ compile-fail
// A `&str` from `s.as_str()` kept across `s = String::new()`.
fn main() {
    let mut s = String::from("a");
    let view = s.as_str();
    s = String::new(); //~ ERROR E0506
    println!("{} {}", view, s);
}
