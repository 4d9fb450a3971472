// A tokenizer struct holding &'a str, returning slices of its input; lifetimes in structs and methods.
#[derive(Debug, PartialEq)]
enum Token<'a> {
    Ident(&'a str),
    Number(i64),
    Symbol(char),
    Str(&'a str),
}

struct Lexer<'a> {
    src: &'a str,
    pos: usize,
}

impl<'a> Lexer<'a> {
    fn new(src: &'a str) -> Self {
        Lexer { src, pos: 0 }
    }

    fn rest(&self) -> &'a str {
        &self.src[self.pos..]
    }

    fn take_while<P: Fn(char) -> bool>(&mut self, p: P) -> &'a str {
        let rest = self.rest();
        let end = rest.char_indices().find(|&(_, c)| !p(c)).map(|(i, _)| i).unwrap_or(rest.len());
        self.pos += end;
        &rest[..end]
    }
}

impl<'a> Iterator for Lexer<'a> {
    type Item = Token<'a>;
    fn next(&mut self) -> Option<Token<'a>> {
        self.take_while(char::is_whitespace);
        let c = self.rest().chars().next()?;
        if c.is_alphabetic() || c == '_' {
            Some(Token::Ident(self.take_while(|c| c.is_alphanumeric() || c == '_')))
        } else if c.is_ascii_digit() {
            let digits = self.take_while(|c| c.is_ascii_digit());
            Some(Token::Number(digits.parse().unwrap()))
        } else if c == '"' {
            self.pos += 1;
            let body = self.take_while(|c| c != '"');
            self.pos += 1;
            Some(Token::Str(body))
        } else {
            self.pos += c.len_utf8();
            Some(Token::Symbol(c))
        }
    }
}

fn longest_ident<'a>(tokens: &[Token<'a>]) -> Option<&'a str> {
    let mut best: Option<&'a str> = None;
    for t in tokens {
        if let Token::Ident(name) = t {
            if best.map_or(true, |b| name.len() > b.len()) {
                best = Some(name);
            }
        }
    }
    best
}

fn main() {
    let source = String::from("let total_sum = price * 12 + tax; print(\"done → ok\") ≠ x");
    let tokens: Vec<Token> = Lexer::new(&source).collect();
    for t in &tokens {
        println!("{:?}", t);
    }
    println!("longest identifier: {:?}", longest_ident(&tokens));
    let numbers: i64 = tokens.iter().filter_map(|t| if let Token::Number(n) = t { Some(*n) } else { None }).sum();
    println!("numbers sum {}", numbers);
    let symbols: String = tokens.iter().filter_map(|t| match t { Token::Symbol(c) => Some(*c), _ => None }).collect();
    println!("symbols {:?}", symbols);
    println!("{}", tokens.contains(&Token::Ident("tax")));
}
