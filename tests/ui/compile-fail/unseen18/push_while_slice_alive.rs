//@ compile-fail
// A slice of the first word is kept while more text is pushed onto the same String.
fn main() {
    let mut sentence = String::from("hello");
    let first = &sentence[0..5];
    sentence.push_str(" world"); //~ ERROR E0502
    println!("{} / {}", first, sentence);
}
