//@ compile-fail
// Storing a reference with an anonymous lifetime into a struct with lifetime 'a.
struct Cache<'a> {
    last: &'a str,
}

impl<'a> Cache<'a> {
    fn remember(&mut self, s: &str) {
        self.last = s; //~ ERROR E0621
    }
}

fn main() {
    let mut c = Cache { last: "" };
    c.remember("x");
    println!("{}", c.last);
}
