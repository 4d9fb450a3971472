//@ compile-fail
// A helper returns a word of its argument; the caller passes a local String and returns the word.
fn longest_word(text: &str) -> &str {
    text.split(' ').max_by_key(|w| w.len()).unwrap_or("")
}

fn title() -> &'static str {
    let s = String::from("the quick brown fox");
    longest_word(&s) //~ ERROR E0515
}

fn main() {
    println!("{}", title());
}
