//@ compile-fail
// A method of Parser<'a> returns a slice of its &self borrow as &'a str
struct Parser<'a> {
    input: &'a str,
    buffer: String,
}

impl<'a> Parser<'a> {
    fn current(&self) -> &'a str {
        &self.buffer //~ ERROR lifetime may not live long enough
    }
}

fn main() {
    let p = Parser { input: "abc", buffer: String::from("x") };
    println!("{} {}", p.input, p.current());
}
