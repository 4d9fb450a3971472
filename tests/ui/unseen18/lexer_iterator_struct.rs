// A lexer as an Iterator: struct Lexer<'a> keeps the source and a byte position, yielding Token<'a> with line numbers.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Word,
    Int,
    Punct,
}

#[derive(Debug)]
struct Token<'a> {
    kind: Kind,
    text: &'a str,
    line: usize,
}

struct Lexer<'a> {
    src: &'a str,
    pos: usize,
    line: usize,
}

impl<'a> Lexer<'a> {
    fn new(src: &'a str) -> Self {
        Lexer { src, pos: 0, line: 1 }
    }

    fn rest(&self) -> &'a str {
        &self.src[self.pos..]
    }

    fn take_while(&mut self, pred: impl Fn(char) -> bool) -> &'a str {
        let rest = self.rest();
        let end = rest.find(|c: char| !pred(c)).unwrap_or(rest.len());
        self.pos += end;
        &rest[..end]
    }
}

impl<'a> Iterator for Lexer<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        loop {
            let c = self.rest().chars().next()?;
            if c == '\n' {
                self.line += 1;
                self.pos += 1;
            } else if c.is_whitespace() {
                self.pos += c.len_utf8();
            } else {
                break;
            }
        }
        let line = self.line;
        let c = self.rest().chars().next()?;
        let (kind, text) = if c.is_alphabetic() {
            (Kind::Word, self.take_while(|c| c.is_alphanumeric() || c == '\''))
        } else if c.is_ascii_digit() {
            (Kind::Int, self.take_while(|c| c.is_ascii_digit()))
        } else {
            let start = self.pos;
            self.pos += c.len_utf8();
            (Kind::Punct, &self.src[start..self.pos])
        };
        Some(Token { kind, text, line })
    }
}

fn main() {
    let src = "It's 2024, and we're\nparsing 3 lines;\n  the last one: naïve café 42!";
    let tokens: Vec<Token> = Lexer::new(src).collect();
    for t in &tokens {
        println!("{:>2} {:<6} {:?}", t.line, format!("{:?}", t.kind), t.text);
    }
    let words = Lexer::new(src).filter(|t| t.kind == Kind::Word).count();
    let sum: u32 = Lexer::new(src).filter(|t| t.kind == Kind::Int).map(|t| t.text.parse::<u32>().unwrap()).sum();
    println!("{} words, ints sum to {}", words, sum);
    let last_line: Vec<&str> = tokens.iter().filter(|t| t.line == 3).map(|t| t.text).collect();
    println!("line 3: {}", last_line.join(" "));
    let mut lx = Lexer::new("a b");
    lx.next();
    println!("rest after one token: {:?}", lx.rest());
}
