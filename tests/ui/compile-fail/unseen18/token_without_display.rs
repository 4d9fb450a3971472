//@ compile-fail
// Printing a token enum with {} although it only derives Debug.
#[derive(Debug)]
enum Token {
    Num(i64),
    Plus,
}

fn main() {
    let toks = vec![Token::Num(1), Token::Plus, Token::Num(2)];
    for t in &toks {
        println!("{}", t); //~ ERROR E0277
    }
}
