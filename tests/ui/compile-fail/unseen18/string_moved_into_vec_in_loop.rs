//@ compile-fail
// The same current-word String is pushed into the Vec on every separator.
fn main() {
    let text = "ab cd ef";
    let mut words: Vec<String> = Vec::new();
    let current = String::new();
    for c in text.chars() {
        if c == ' ' {
            words.push(current); //~ ERROR E0382
        }
    }
    println!("{:?}", words);
}
