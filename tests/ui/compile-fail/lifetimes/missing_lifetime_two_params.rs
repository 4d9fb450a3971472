//@ compile-fail
// Two reference parameters: the result's lifetime cannot be elided.
fn first_word(a: &str, b: &str) -> &str { //~ ERROR E0106
    if a.is_empty() { b } else { a }
}

fn main() {
    println!("{}", first_word("a", "b"));
}
