//@ compile-fail
// The result of `first_word(&s)` kept across `push_str`.
fn first_word(s: &str) -> &str { s.split(' ').next().unwrap_or("") }
fn main() {
    let mut s = String::from("hello world");
    let w = first_word(&s);
    s.push_str("!"); //~ ERROR E0502
    println!("{}", w);
}
