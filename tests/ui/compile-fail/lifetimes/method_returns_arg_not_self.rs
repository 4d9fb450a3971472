//@ compile-fail
// With `&self`, elision ties the result to self; returning the other argument fails.
struct Parser {
    input: String,
}

impl Parser {
    fn pick(&self, other: &str) -> &str {
        if self.input.is_empty() { other } else { &self.input } //~ ERROR lifetime may not live long enough
    }
}

fn main() {
    let p = Parser { input: String::new() };
    println!("{}", p.pick("fallback"));
}
