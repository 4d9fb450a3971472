//@ compile-fail
// A method on `Parser<'a>` storing an argument with a shorter lifetime.
struct Parser<'a> {
    rest: &'a str,
}

impl<'a> Parser<'a> {
    fn reset(&mut self, input: &str) {
        self.rest = input; //~ ERROR E0621
    }
}

fn main() {
    let mut p = Parser { rest: "abc" };
    p.reset("de");
    println!("{}", p.rest);
}
