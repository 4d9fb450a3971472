// an `impl<'a> Parser<'a>` holding a `&'a str` and returning slices of it
struct Parser<'a> {
    src: &'a str,
    pos: usize,
}
impl<'a> Parser<'a> {
    fn new(src: &'a str) -> Self {
        Parser { src, pos: 0 }
    }
    fn skip_spaces(&mut self) {
        while self.pos < self.src.len() && self.src.as_bytes()[self.pos] == b' ' {
            self.pos += 1;
        }
    }
    fn word(&mut self) -> Option<&'a str> {
        self.skip_spaces();
        let start = self.pos;
        while self.pos < self.src.len() && self.src.as_bytes()[self.pos] != b' ' {
            self.pos += 1;
        }
        if start == self.pos { None } else { Some(&self.src[start..self.pos]) }
    }
}
fn main() {
    let text = String::from("  the quick  brown fox ");
    let mut p = Parser::new(&text);
    let mut words = Vec::new();
    while let Some(w) = p.word() {
        words.push(w);
    }
    drop(p);
    println!("{:?} {}", words, words.len());
}
