//@ compile-fail
// A slice of the sentence's first word is kept while more text is appended to the sentence.
fn main() {
    let mut sentence = String::from("hello world");
    let first = sentence.split(' ').next().unwrap_or("");
    sentence.push_str(", again"); //~ ERROR E0502
    println!("first word: {}", first);
}
