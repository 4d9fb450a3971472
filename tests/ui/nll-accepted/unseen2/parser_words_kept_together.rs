// Words returned as `&'a str` borrow the text, not the parser: several can be kept at once.
struct Parser<'a> {
    input: &'a str,
    pos: usize,
}

impl<'a> Parser<'a> {
    fn next_word(&mut self) -> Option<&'a str> {
        let rest = self.input.get(self.pos..)?;
        let rest = rest.trim_start();
        if rest.is_empty() {
            return None;
        }
        let start = self.input.len() - rest.len();
        let end = rest.find(' ').unwrap_or(rest.len());
        self.pos = start + end;
        Some(&rest[..end])
    }
}

fn main() {
    let text = String::from("one two three");
    let mut p = Parser { input: &text, pos: 0 };
    let a = p.next_word();
    let b = p.next_word();
    let c = p.next_word();
    println!("{:?} {:?} {:?} {:?}", a, b, c, p.next_word());
}
