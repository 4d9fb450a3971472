// `fn new(src: &'a str) -> Self` in `impl<'a> Lexer<'a>`: Self is `Lexer<'a>`, so keeping `src.chars()` is fine.
use std::iter::Peekable;
use std::str::Chars;

struct Lexer<'a> {
    chars: Peekable<Chars<'a>>,
    line: u32,
}

impl<'a> Lexer<'a> {
    fn new(src: &'a str) -> Self {
        Lexer { chars: src.chars().peekable(), line: 1 }
    }

    fn words(&mut self) -> Vec<String> {
        let mut out = vec![String::new()];
        while let Some(c) = self.chars.next() {
            if c == '\n' {
                self.line += 1;
            }
            if c.is_whitespace() {
                if self.chars.peek().is_some_and(|n| !n.is_whitespace()) {
                    out.push(String::new());
                }
            } else {
                out.last_mut().unwrap().push(c);
            }
        }
        out
    }
}

fn main() {
    let text = String::from("let x =\n  42;");
    let mut lx = Lexer::new(&text);
    println!("{:?} on {} lines", lx.words(), lx.line);
}
