// matches! tests a value against a pattern with an optional guard.
#[derive(Debug)]
enum Token {
    Num(i64),
    Plus,
    Minus,
    Ident(String),
}

fn main() {
    let toks = vec![Token::Num(3), Token::Plus, Token::Ident("x".into()), Token::Minus, Token::Num(-1)];
    let ops = toks.iter().filter(|t| matches!(t, Token::Plus | Token::Minus)).count();
    let negatives = toks.iter().filter(|t| matches!(t, Token::Num(n) if *n < 0)).count();
    println!("{ops} {negatives}");
    println!("{}", matches!('f', 'a'..='j' | 'x'));
    println!("{}", matches!(toks[2], Token::Ident(ref s) if s == "x"));
    println!("{:?}", toks.last());
}
