//@ compile-fail
// The String is dropped while a word borrowed from it (through an elided lifetime) is still used.
fn longest_word(text: &str) -> &str {
    text.split_whitespace().max_by_key(|w| w.len()).unwrap_or("")
}

fn main() {
    let text = String::from("the quick brownish fox");
    let longest = longest_word(&text);
    drop(text); //~ ERROR E0505
    println!("{}", longest);
}
