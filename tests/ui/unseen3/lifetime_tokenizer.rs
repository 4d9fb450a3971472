// Lifetimes: a struct holding a &'a str and methods returning slices that outlive the struct borrow.
#[derive(Debug, PartialEq)]
enum Token<'a> {
    Word(&'a str),
    Number(i64),
    Symbol(char),
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

    fn skip_spaces(&mut self) {
        let trimmed = self.rest().trim_start();
        self.pos = self.src.len() - trimmed.len();
    }

    fn take_while<F: Fn(char) -> bool>(&mut self, pred: F) -> &'a str {
        let rest = self.rest();
        let end = rest.find(|c: char| !pred(c)).unwrap_or(rest.len());
        self.pos += end;
        &rest[..end]
    }

    fn next_token(&mut self) -> Option<Token<'a>> {
        self.skip_spaces();
        let c = self.rest().chars().next()?;
        if c.is_ascii_digit() {
            let digits = self.take_while(|c| c.is_ascii_digit());
            Some(Token::Number(digits.parse().unwrap()))
        } else if c.is_alphabetic() || c == '_' {
            Some(Token::Word(self.take_while(|c| c.is_alphanumeric() || c == '_')))
        } else {
            self.pos += c.len_utf8();
            Some(Token::Symbol(c))
        }
    }
}

fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() >= y.len() { x } else { y }
}

fn longest_word<'a>(tokens: &[Token<'a>]) -> Option<&'a str> {
    let mut best: Option<&'a str> = None;
    for t in tokens {
        if let Token::Word(w) = t {
            best = Some(match best {
                Some(b) => longest(b, w),
                None => w,
            });
        }
    }
    best
}

fn main() {
    let source = String::from("let total_sum = price * 12 + tax_rate;  é = 3");
    let tokens: Vec<Token> = {
        let mut lx = Lexer::new(&source);
        let mut v = Vec::new();
        while let Some(t) = lx.next_token() {
            v.push(t);
        }
        v
    };
    for t in &tokens {
        println!("{:?}", t);
    }
    println!("longest word: {:?}", longest_word(&tokens));
    let numbers: i64 = tokens.iter().filter_map(|t| match t { Token::Number(n) => Some(*n), _ => None }).sum();
    println!("numbers sum {numbers}");
    println!("{}", tokens.contains(&Token::Symbol('*')));
    let a = String::from("long string is long");
    let result;
    {
        let b = String::from("xyz");
        result = longest(a.as_str(), b.as_str()).to_string();
    }
    println!("The longest string is {result}");
}
