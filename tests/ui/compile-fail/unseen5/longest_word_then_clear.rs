//@ compile-fail
// The slice returned by a function borrows its argument; clearing the String invalidates it.
fn longest_word(text: &str) -> &str {
    text.split_whitespace().max_by_key(|w| w.len()).unwrap_or("")
}

fn main() {
    let mut text = String::from("a quick brown fox");
    let w = longest_word(&text);
    text.clear(); //~ ERROR E0502
    println!("longest was {}", w);
}
