// A simple tokenizer holding &'a str: yields borrowed slices of the input as an Iterator
#[derive(Debug, PartialEq)]
enum Token<'a> {
    Ident(&'a str),
    Number(i64),
    Symbol(char),
    Str(&'a str),
}

struct Tokenizer<'a> {
    src: &'a str,
    pos: usize,
}

impl<'a> Tokenizer<'a> {
    fn new(src: &'a str) -> Self {
        Tokenizer { src, pos: 0 }
    }

    fn take_while<F: Fn(char) -> bool>(&mut self, pred: F) -> &'a str {
        let start = self.pos;
        for c in self.src[start..].chars() {
            if !pred(c) {
                break;
            }
            self.pos += c.len_utf8();
        }
        &self.src[start..self.pos]
    }
}

impl<'a> Iterator for Tokenizer<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        self.take_while(|c| c.is_whitespace());
        let c = self.src[self.pos..].chars().next()?;
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

fn idents<'a>(src: &'a str) -> Vec<&'a str> {
    Tokenizer::new(src)
        .filter_map(|t| match t {
            Token::Ident(name) => Some(name),
            _ => None,
        })
        .collect()
}

fn main() {
    let source = String::from("let total_2 = price * 12 + tax(\"vat\", 7);\nprint(total_2)");
    let tokens: Vec<Token> = Tokenizer::new(&source).collect();
    for t in &tokens {
        println!("{:?}", t);
    }
    println!("{} tokens", tokens.len());
    println!("identifiers: {:?}", idents(&source));
    let numbers: i64 = tokens.iter().filter_map(|t| if let Token::Number(n) = t { Some(*n) } else { None }).sum();
    println!("sum of numbers: {}", numbers);
    println!("{}", tokens.contains(&Token::Str("vat")));
}
