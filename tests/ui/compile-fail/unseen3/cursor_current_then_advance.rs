//@ compile-fail
// A token borrowed from the lexer through `current()` is used after `advance(&mut self)`.
struct Lexer {
    tokens: Vec<String>,
    pos: usize,
}

impl Lexer {
    fn current(&self) -> &String {
        &self.tokens[self.pos]
    }
    fn advance(&mut self) {
        self.pos += 1;
    }
    fn pair(&mut self) -> String {
        let first = self.current();
        self.advance(); //~ ERROR E0502
        format!("{} {}", first, self.current())
    }
}

fn main() {
    let mut lx = Lexer { tokens: vec![String::from("let"), String::from("x")], pos: 0 };
    println!("{}", lx.pair());
}
