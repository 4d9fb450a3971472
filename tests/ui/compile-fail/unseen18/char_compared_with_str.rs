//@ compile-fail
// Comparing a char from chars() with a one-letter &str literal.
fn main() {
    let text = "a,b;c";
    let mut commas = 0;
    for c in text.chars() {
        if c == "," { //~ ERROR E0308
            commas += 1;
        }
    }
    println!("{}", commas);
}
