//@ compile-fail
// Tokens are owned Strings, and a match compares one of them with a string literal pattern.
fn main() {
    let tokens: Vec<String> = "( + 1 2 )".split(' ').map(String::from).collect();
    let mut depth = 0;
    for tok in &tokens {
        match tok {
            "(" => depth += 1, //~ ERROR E0308
            t if t == ")" => depth -= 1,
            _ => {}
        }
    }
    println!("{}", depth);
}
