//@ compile-fail
// `-> Self` is `Lexer<'a>`: keeping an iterator over a `&str` with an elided lifetime needs `'a`.
use std::str::Chars;

struct Lexer<'a> {
    chars: Chars<'a>,
}

impl<'a> Lexer<'a> {
    fn new(src: &str) -> Self {
        Lexer { chars: src.chars() } //~ ERROR E0621
    }
}

fn main() {
    let mut lx = Lexer::new("ab");
    println!("{:?}", lx.chars.next());
}
