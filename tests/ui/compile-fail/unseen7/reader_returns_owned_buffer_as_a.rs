//@ compile-fail
// A method of Reader<'a> returns its owned String buffer as &'a str.
struct Reader<'a> {
    source: &'a str,
    buffer: String,
}

impl<'a> Reader<'a> {
    fn fill(&mut self) {
        self.buffer = self.source.to_uppercase();
    }

    fn current(&self) -> &'a str {
        self.buffer.as_str() //~ ERROR lifetime may not live long enough
    }
}

fn main() {
    let mut r = Reader { source: "data", buffer: String::new() };
    r.fill();
    println!("{}", r.current());
}
