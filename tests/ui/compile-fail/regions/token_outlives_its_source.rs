//@ compile-fail
// Tokens borrow the source text (the struct's `'a`), not the lexer: dropping the source is refused.
#[derive(Debug)]
struct Token<'a>(&'a str);

struct Lexer<'a> {
    src: &'a str,
    pos: usize,
}

impl<'a> Lexer<'a> {
    fn next_token(&mut self) -> Option<Token<'a>> {
        if self.pos >= self.src.len() {
            return None;
        }
        self.pos += 1;
        Some(Token(&self.src[self.pos - 1..self.pos]))
    }
}

fn main() {
    let source = String::from("ab");
    let mut lx = Lexer { src: &source, pos: 0 };
    let t = lx.next_token();
    drop(source); //~ ERROR E0505
    println!("{:?}", t);
}
