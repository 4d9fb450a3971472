//@ compile-fail
// A method with elided lifetimes returns its argument, which the elision ties to &self.
struct Parser {
    input: String,
}

impl Parser {
    fn prefer<'b>(&self, other: &'b str) -> &str {
        if self.input.is_empty() { other } else { &self.input } //~ ERROR lifetime may not live long enough
    }
}

fn main() {
    let p = Parser { input: String::new() };
    println!("{}", p.prefer("default"));
}
