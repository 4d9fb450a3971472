//@ compile-fail
// The first word is sliced from an uppercase copy that dies at the end of the function.
fn first_word_upper(s: &str) -> &str {
    let upper = s.to_uppercase();
    upper.split(' ').next().unwrap() //~ ERROR E0515
}

fn main() {
    println!("{}", first_word_upper("hello world"));
}
