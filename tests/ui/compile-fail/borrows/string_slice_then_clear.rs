//@ compile-fail
// A `&str` slice of a String keeps it borrowed; `clear` needs `&mut`.
fn first_word(s: &str) -> &str {
    s.split(' ').next().unwrap_or("")
}

fn main() {
    let mut s = String::from("hello world");
    let word = first_word(&s);
    s.clear(); //~ ERROR E0502
    println!("{}", word);
}
