//@ compile-fail
// A parser holding `&'a str` cannot outlive the String it reads.
struct Parser<'a> {
    input: &'a str,
    pos: usize,
}

impl<'a> Parser<'a> {
    fn next_word(&mut self) -> &'a str {
        let rest = &self.input[self.pos..];
        let end = rest.find(' ').unwrap_or(rest.len());
        self.pos += end + 1;
        &rest[..end]
    }
}

fn main() {
    let mut p;
    {
        let text = String::from("hello world");
        p = Parser { input: &text, pos: 0 }; //~ ERROR E0597
    }
    println!("{}", p.next_word());
}
