//@ compile-fail
// A method of `Parser<'a>` pushing slices of a `line: &str` parameter into `self.toks` in a loop.
struct Parser<'a> {
    toks: Vec<&'a str>,
}
impl<'a> Parser<'a> {
    fn feed(&mut self, line: &str) {
        for t in line.split(' ') {
            self.toks.push(t); //~ ERROR E0621
        }
    }
}
fn main() {
    let mut p = Parser { toks: vec![] };
    p.feed("a b");
    println!("{}", p.toks.len());
}
