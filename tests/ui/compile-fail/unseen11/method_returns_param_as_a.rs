//@ compile-fail
// A method of a parser over 'a text returns a parameter with an elided lifetime as &'a str.
struct Parser<'a> {
    text: &'a str,
}

impl<'a> Parser<'a> {
    fn or_default(&self, fallback: &str) -> &'a str {
        if self.text.is_empty() {
            fallback //~ ERROR E0621
        } else {
            self.text
        }
    }
}

fn main() {
    let p = Parser { text: "" };
    println!("{}", p.or_default("none"));
}
