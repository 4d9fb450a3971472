//@ compile-fail
// A token tied by name to the lexer's own borrow (`&'b self -> Token<'b>`) keeps the lexer borrowed.
#[derive(Debug)]
struct Token<'a>(&'a str);

struct Lexer<'a> {
    src: &'a str,
    pos: usize,
}

impl<'a> Lexer<'a> {
    fn peek<'b>(&'b self) -> Token<'b> {
        Token(&self.src[self.pos..])
    }
}

fn main() {
    let mut lx = Lexer { src: "abc", pos: 0 };
    let t = lx.peek();
    lx.pos += 1; //~ ERROR E0506
    println!("{:?}", t);
}
