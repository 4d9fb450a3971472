//@ compile-fail
// push_str while a slice of the same String is alive.
fn main() {
    let mut s = String::from("hello");
    let word = &s[0..2];
    s.push_str(" world"); //~ ERROR E0502
    println!("{}", word);
}
