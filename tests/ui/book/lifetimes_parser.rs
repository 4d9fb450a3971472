// Lifetimes: a tokenizer struct borrowing its input, returning slices, Iterator impl with a lifetime.
#[derive(Debug, PartialEq)]
enum Token<'a> {
    Word(&'a str),
    Number(i64),
    Punct(char),
}

struct Lexer<'a> {
    src: &'a str,
    pos: usize,
}

impl<'a> Lexer<'a> {
    fn new(src: &'a str) -> Self {
        Lexer { src, pos: 0 }
    }
}

impl<'a> Iterator for Lexer<'a> {
    type Item = Token<'a>;
    fn next(&mut self) -> Option<Token<'a>> {
        let rest = &self.src[self.pos..];
        let trimmed = rest.trim_start();
        self.pos += rest.len() - trimmed.len();
        let c = trimmed.chars().next()?;
        if c.is_ascii_digit() {
            let end = trimmed.find(|ch: char| !ch.is_ascii_digit()).unwrap_or(trimmed.len());
            self.pos += end;
            Some(Token::Number(trimmed[..end].parse().unwrap()))
        } else if c.is_alphabetic() {
            let end = trimmed.find(|ch: char| !ch.is_alphanumeric()).unwrap_or(trimmed.len());
            self.pos += end;
            Some(Token::Word(&trimmed[..end]))
        } else {
            self.pos += c.len_utf8();
            Some(Token::Punct(c))
        }
    }
}

fn longest_word<'a>(tokens: &[Token<'a>]) -> Option<&'a str> {
    let mut best: Option<&'a str> = None;
    for t in tokens {
        if let Token::Word(w) = t {
            if best.map_or(true, |b| w.len() > b.len()) {
                best = Some(w);
            }
        }
    }
    best
}

fn main() {
    let text = String::from("let total = 42 + width * 7; done");
    let tokens: Vec<Token> = Lexer::new(&text).collect();
    for t in &tokens {
        println!("{:?}", t);
    }
    println!("longest: {:?}", longest_word(&tokens));
    let nums: i64 = tokens.iter().filter_map(|t| if let Token::Number(n) = t { Some(*n) } else { None }).sum();
    println!("sum of numbers {nums}");
    println!("{}", tokens.contains(&Token::Punct(';')));
    println!("{:?}", Lexer::new("   ").next());
}
