// A recursive-descent calculator: a Peekable<Chars> parser with precedence, parentheses, unary minus, errors.
use std::iter::Peekable;
use std::str::Chars;

struct Parser<'a> {
    chars: Peekable<Chars<'a>>,
    pos: usize,
}

impl<'a> Parser<'a> {
    fn new(src: &'a str) -> Self {
        Parser { chars: src.chars().peekable(), pos: 0 }
    }

    fn skip_spaces(&mut self) {
        while let Some(' ') = self.chars.peek() {
            self.chars.next();
            self.pos += 1;
        }
    }

    fn peek(&mut self) -> Option<char> {
        self.skip_spaces();
        self.chars.peek().copied()
    }

    fn bump(&mut self) -> Option<char> {
        self.pos += 1;
        self.chars.next()
    }

    fn expr(&mut self) -> Result<i64, String> {
        let mut value = self.term()?;
        while let Some(op @ ('+' | '-')) = self.peek() {
            self.bump();
            let rhs = self.term()?;
            value = if op == '+' { value + rhs } else { value - rhs };
        }
        Ok(value)
    }

    fn term(&mut self) -> Result<i64, String> {
        let mut value = self.factor()?;
        while let Some(op @ ('*' | '/' | '%')) = self.peek() {
            self.bump();
            let at = self.pos;
            let rhs = self.factor()?;
            if rhs == 0 && op != '*' {
                return Err(format!("division by zero after column {}", at));
            }
            value = match op {
                '*' => value * rhs,
                '/' => value / rhs,
                _ => value % rhs,
            };
        }
        Ok(value)
    }

    fn factor(&mut self) -> Result<i64, String> {
        match self.peek() {
            Some('-') => {
                self.bump();
                Ok(-self.factor()?)
            }
            Some('(') => {
                self.bump();
                let v = self.expr()?;
                match self.peek() {
                    Some(')') => {
                        self.bump();
                        Ok(v)
                    }
                    other => Err(format!("expected ')' at column {}, found {:?}", self.pos, other)),
                }
            }
            Some(c) if c.is_ascii_digit() => {
                let mut n: i64 = 0;
                while let Some(d) = self.chars.peek().and_then(|c| c.to_digit(10)) {
                    n = n * 10 + d as i64;
                    self.bump();
                }
                Ok(n)
            }
            other => Err(format!("unexpected {:?} at column {}", other, self.pos)),
        }
    }
}

fn evaluate(src: &str) -> Result<i64, String> {
    let mut p = Parser::new(src);
    let v = p.expr()?;
    match p.peek() {
        None => Ok(v),
        Some(c) => Err(format!("trailing '{}' at column {}", c, p.pos)),
    }
}

fn main() {
    let inputs = ["1 + 2 * 3", "(1 + 2) * 3", "-(4 - 10) % 4", "2 * (3 + 4) * -5", "100 / (5 - 5)", "7 +", "(8 * 2", "12 34", "  42  "];
    for src in inputs {
        match evaluate(src) {
            Ok(v) => println!("{:<18} = {}", src, v),
            Err(e) => println!("{:<18} ! {}", src, e),
        }
    }
    let total: i64 = inputs.iter().filter_map(|s| evaluate(s).ok()).sum();
    println!("sum of the good ones: {}", total);
}
