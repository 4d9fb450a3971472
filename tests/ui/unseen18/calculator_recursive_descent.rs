// A tiny calculator: tokenizer plus recursive-descent parser with precedence, parentheses, unary minus and errors.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Tok {
    Num(f64),
    Plus,
    Minus,
    Star,
    Slash,
    LParen,
    RParen,
}

fn tokenize(s: &str) -> Result<Vec<Tok>, String> {
    let bytes = s.as_bytes();
    let mut i = 0;
    let mut out = Vec::new();
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b' ' => i += 1,
            b'+' => { out.push(Tok::Plus); i += 1; }
            b'-' => { out.push(Tok::Minus); i += 1; }
            b'*' => { out.push(Tok::Star); i += 1; }
            b'/' => { out.push(Tok::Slash); i += 1; }
            b'(' => { out.push(Tok::LParen); i += 1; }
            b')' => { out.push(Tok::RParen); i += 1; }
            b'0'..=b'9' | b'.' => {
                let start = i;
                while i < bytes.len() && (bytes[i].is_ascii_digit() || bytes[i] == b'.') {
                    i += 1;
                }
                let n: f64 = s[start..i].parse().map_err(|_| format!("bad number '{}'", &s[start..i]))?;
                out.push(Tok::Num(n));
            }
            _ => return Err(format!("unexpected '{}' at {}", b as char, i)),
        }
    }
    Ok(out)
}

struct Parser {
    toks: Vec<Tok>,
    pos: usize,
}

impl Parser {
    fn peek(&self) -> Option<Tok> {
        self.toks.get(self.pos).copied()
    }
    fn next(&mut self) -> Option<Tok> {
        let t = self.peek();
        self.pos += 1;
        t
    }
    fn expr(&mut self) -> Result<f64, String> {
        let mut value = self.term()?;
        while let Some(t) = self.peek() {
            match t {
                Tok::Plus => { self.next(); value += self.term()?; }
                Tok::Minus => { self.next(); value -= self.term()?; }
                _ => break,
            }
        }
        Ok(value)
    }
    fn term(&mut self) -> Result<f64, String> {
        let mut value = self.factor()?;
        loop {
            match self.peek() {
                Some(Tok::Star) => { self.next(); value *= self.factor()?; }
                Some(Tok::Slash) => {
                    self.next();
                    let d = self.factor()?;
                    if d == 0.0 {
                        return Err(String::from("division by zero"));
                    }
                    value /= d;
                }
                _ => return Ok(value),
            }
        }
    }
    fn factor(&mut self) -> Result<f64, String> {
        match self.next() {
            Some(Tok::Num(n)) => Ok(n),
            Some(Tok::Minus) => Ok(-self.factor()?),
            Some(Tok::LParen) => {
                let v = self.expr()?;
                match self.next() {
                    Some(Tok::RParen) => Ok(v),
                    other => Err(format!("expected ')', found {:?}", other)),
                }
            }
            other => Err(format!("unexpected token {:?}", other)),
        }
    }
}

fn eval(s: &str) -> Result<f64, String> {
    let toks = tokenize(s)?;
    let mut p = Parser { toks, pos: 0 };
    let v = p.expr()?;
    if p.pos < p.toks.len() {
        return Err(format!("trailing input at token {}", p.pos));
    }
    Ok(v)
}

fn main() {
    let exprs = ["1 + 2 * 3", "(1 + 2) * 3", "-4 + 10 / 4", "2 * (3 + (4 - 1)) / 3", "1 / 0", "3 + * 4", "(1 + 2", "7 $ 2", "1.5.2 + 1", "2 3"];
    for e in exprs {
        match eval(e) {
            Ok(v) => println!("{:<24} = {:>8.3}", e, v),
            Err(msg) => println!("{:<24} ! {}", e, msg),
        }
    }
}
