//@ compile-fail
// A `&str` slice of a String kept across `clear`.
fn main() {
    let mut s = String::from("hello world");
    let word = &s[..5];
    s.clear(); //~ ERROR E0502
    println!("{}", word);
}
