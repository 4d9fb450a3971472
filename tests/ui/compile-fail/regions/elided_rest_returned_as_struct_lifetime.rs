//@ compile-fail
// A helper returning `&str` tied to `&self` cannot be handed back as the struct's `'a`.
struct Lexer<'a> {
    src: &'a str,
    pos: usize,
}

impl<'a> Lexer<'a> {
    fn rest(&self) -> &str {
        &self.src[self.pos..]
    }

    fn take(&mut self, n: usize) -> &'a str {
        let rest = self.rest();
        self.pos += n; //~ ERROR E0506
        &rest[..n] //~ ERROR lifetime may not live long enough
    }
}

fn main() {
    let mut lx = Lexer { src: "abcd", pos: 0 };
    println!("{}", lx.take(2));
}
