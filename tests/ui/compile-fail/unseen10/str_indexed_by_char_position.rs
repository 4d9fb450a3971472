//@ compile-fail
// char_indices gives a byte offset, and the text is indexed with it as if a str had single chars.
fn main() {
    let text = "naïve café";
    for (i, ch) in text.char_indices() {
        if ch == 'c' {
            let first = text[i]; //~ ERROR E0277
            println!("{}", first);
        }
    }
}
