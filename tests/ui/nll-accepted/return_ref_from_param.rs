// Elision: one reference in, one out; the caller's value outlives the result.
fn first_word(s: &str) -> &str {
    s.split(' ').next().unwrap_or("")
}

fn main() {
    let text = String::from("hello big world");
    let w = first_word(&text);
    println!("{}", w);
    let other = String::from("single");
    println!("{}", first_word(&other));
}
