// Methods returning the struct's `'a` (not `&self`'s): tokens outlive the lexer and its `&mut` borrows.
#[derive(Debug)]
enum Token<'a> {
    Word(&'a str),
    Space,
}

struct Lexer<'a> {
    src: &'a str,
    pos: usize,
}

impl<'a> Lexer<'a> {
    fn rest(&self) -> &'a str {
        &self.src[self.pos..]
    }

    fn take_word(&mut self) -> &'a str {
        let rest = self.rest();
        let end = rest.find(' ').unwrap_or(rest.len());
        self.pos += end;
        &rest[..end]
    }

    fn next_token(&mut self) -> Option<Token<'a>> {
        if self.rest().is_empty() {
            None
        } else if self.rest().starts_with(' ') {
            self.pos += 1;
            Some(Token::Space)
        } else {
            Some(Token::Word(self.take_word()))
        }
    }
}

fn main() {
    let source = String::from("let x be");
    let tokens = {
        let mut lx = Lexer { src: &source, pos: 0 };
        let mut v = Vec::new();
        while let Some(t) = lx.next_token() {
            v.push(t);
        }
        v
    };
    println!("{:?}", tokens);
}
