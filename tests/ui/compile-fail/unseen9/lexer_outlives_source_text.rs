//@ compile-fail
// A lexer borrowing its input is created inside a block and used after the input String is dropped.
struct Lexer<'a> {
    input: &'a str,
    pos: usize,
}

impl<'a> Lexer<'a> {
    fn next_word(&mut self) -> Option<&'a str> {
        let rest = &self.input[self.pos..];
        let word = rest.split_whitespace().next()?;
        self.pos += rest.find(word)? + word.len();
        Some(word)
    }
}

fn main() {
    let mut lexer;
    {
        let source = String::from("fn main ( )");
        lexer = Lexer { input: &source, pos: 0 }; //~ ERROR E0597
    }
    println!("{:?}", lexer.next_word());
}
