// A method storing an argument of the impl's lifetime in self.
struct Parser<'a> {
    rest: &'a str,
}

impl<'a> Parser<'a> {
    fn reset(&mut self, input: &'a str) {
        self.rest = input;
    }
}

fn main() {
    let text = String::from("abc");
    let mut p = Parser { rest: "" };
    p.reset(&text);
    println!("{}", p.rest);
}
