//@ compile-fail
// The token seen with peek() is kept while next() advances the same Peekable.
fn main() {
    let src = "let x = 42 ;";
    let mut tokens = src.split_whitespace().peekable();
    let mut kinds = Vec::new();
    while let Some(ahead) = tokens.peek() {
        let current = tokens.next().unwrap(); //~ ERROR E0499
        if ahead.chars().all(|c| c.is_ascii_digit()) {
            kinds.push(format!("number {}", current));
        } else {
            kinds.push(format!("word {}", current));
        }
    }
    println!("{:?}", kinds);
}
