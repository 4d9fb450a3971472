//@ compile-fail
// The first word of a lowercased copy is returned: the copy is owned by the function.
fn first_word_lower(text: &str) -> &str {
    let lower = text.to_lowercase();
    lower.split(' ').next().unwrap_or("") //~ ERROR E0515
}

fn main() {
    println!("{}", first_word_lower("Hello World"));
}
