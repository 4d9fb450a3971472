//@ compile-fail
// A closure with an annotated `&String` parameter and `&str` return: the two lifetimes are unrelated.
fn main() {
    let first_word = |s: &String| -> &str { s.split(' ').next().unwrap_or("") }; //~ ERROR lifetime may not live long enough
    let line = String::from("hello there");
    println!("{}", first_word(&line));
}
