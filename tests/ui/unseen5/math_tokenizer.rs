// Tokenizes arithmetic with a Peekable<Chars> and evaluates it with precedence climbing.
use std::iter::Peekable;
use std::str::Chars;

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Num(i64),
    Op(char),
    LParen,
    RParen,
}

fn tokenize(src: &str) -> Result<Vec<Tok>, String> {
    let mut out = Vec::new();
    let mut chars: Peekable<Chars> = src.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
        } else if let Some(d) = c.to_digit(10) {
            let mut n = d as i64;
            chars.next();
            while let Some(d) = chars.peek().and_then(|c| c.to_digit(10)) {
                n = n * 10 + d as i64;
                chars.next();
            }
            out.push(Tok::Num(n));
        } else {
            out.push(match c {
                '+' | '-' | '*' | '/' => Tok::Op(c),
                '(' => Tok::LParen,
                ')' => Tok::RParen,
                other => return Err(format!("unexpected {:?}", other)),
            });
            chars.next();
        }
    }
    Ok(out)
}

fn prec(op: char) -> u8 {
    if op == '+' || op == '-' { 1 } else { 2 }
}

fn expr(toks: &[Tok], pos: &mut usize, min: u8) -> i64 {
    let mut lhs = match &toks[*pos] {
        Tok::Num(n) => { *pos += 1; *n }
        Tok::LParen => {
            *pos += 1;
            let v = expr(toks, pos, 1);
            *pos += 1;
            v
        }
        t => panic!("bad token {:?}", t),
    };
    while let Some(Tok::Op(op)) = toks.get(*pos) {
        let op = *op;
        if prec(op) < min {
            break;
        }
        *pos += 1;
        let rhs = expr(toks, pos, prec(op) + 1);
        lhs = match op { '+' => lhs + rhs, '-' => lhs - rhs, '*' => lhs * rhs, _ => lhs / rhs };
    }
    lhs
}

fn main() {
    for src in ["1 + 2 * 3", "(1 + 2) * 3", "100 / 7 - 2", "2 * (3 + 4) * 5 - 6", "4 $ 4"] {
        match tokenize(src) {
            Ok(t) => {
                let mut pos = 0;
                println!("{} = {} ({} tokens)", src, expr(&t, &mut pos, 1), t.len());
            }
            Err(e) => println!("{}: {}", src, e),
        }
    }
    println!("{:?}", tokenize("(12)").unwrap());
}
