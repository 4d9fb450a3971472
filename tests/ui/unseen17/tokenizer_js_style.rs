// A tokenizer written like a JavaScript one: an index into a Vec<char>, peek/advance helpers, tokens as an enum with Display.
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Number(f64),
    Ident(String),
    Str(String),
    Op(char),
    LParen,
    RParen,
}

impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Token::Number(n) => write!(f, "NUM({})", n),
            Token::Ident(s) => write!(f, "ID({})", s),
            Token::Str(s) => write!(f, "STR({:?})", s),
            Token::Op(c) => write!(f, "OP({})", c),
            Token::LParen => write!(f, "("),
            Token::RParen => write!(f, ")"),
        }
    }
}

struct Lexer {
    chars: Vec<char>,
    pos: usize,
}

impl Lexer {
    fn new(src: &str) -> Lexer {
        Lexer { chars: src.chars().collect(), pos: 0 }
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn advance(&mut self) -> Option<char> {
        let c = self.peek();
        self.pos += 1;
        c
    }

    fn read_while(&mut self, test: impl Fn(char) -> bool) -> String {
        let mut out = String::new();
        while let Some(c) = self.peek() {
            if !test(c) {
                break;
            }
            out.push(c);
            self.pos += 1;
        }
        out
    }

    fn tokenize(&mut self) -> Result<Vec<Token>, String> {
        let mut tokens = Vec::new();
        while let Some(c) = self.peek() {
            if c.is_whitespace() {
                self.advance();
            } else if c.is_ascii_digit() {
                let text = self.read_while(|c| c.is_ascii_digit() || c == '.');
                let n = text.parse::<f64>().map_err(|_| format!("bad number '{}' at {}", text, self.pos))?;
                tokens.push(Token::Number(n));
            } else if c.is_alphabetic() || c == '_' {
                tokens.push(Token::Ident(self.read_while(|c| c.is_alphanumeric() || c == '_')));
            } else if c == '"' {
                self.advance();
                let s = self.read_while(|c| c != '"');
                if self.advance() != Some('"') {
                    return Err(format!("unterminated string starting with {:?}", s));
                }
                tokens.push(Token::Str(s));
            } else {
                self.advance();
                let tok = match c {
                    '(' => Token::LParen,
                    ')' => Token::RParen,
                    '+' | '-' | '*' | '/' | '=' => Token::Op(c),
                    other => return Err(format!("unexpected '{}' at {}", other, self.pos - 1)),
                };
                tokens.push(tok);
            }
        }
        Ok(tokens)
    }
}

fn main() {
    let sources = ["let x = (1 + 2.5) * y_2", "print(\"hi there\")", "a = 3 $ 4", "1.2.3 + 1", "say(\"oops"];
    for src in sources {
        match Lexer::new(src).tokenize() {
            Ok(tokens) => {
                let shown: Vec<String> = tokens.iter().map(|t| t.to_string()).collect();
                println!("{} tokens: {}", tokens.len(), shown.join(" "));
            }
            Err(e) => println!("error: {}", e),
        }
    }
}
