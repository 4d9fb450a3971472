// Pushing items of a `&'a str` parameter in a loop, into a `Vec<&'a str>` behind a parameter or `self`.
fn collect_words<'a>(v: &mut Vec<&'a str>, line: &'a str, other: &str) {
    for t in line.split(' ') {
        if !other.contains(t) {
            v.push(t);
        }
    }
}
struct Parser<'a> {
    toks: Vec<&'a str>,
}
impl<'a> Parser<'a> {
    fn feed(&mut self, line: &'a str) {
        let mut it = line.split_whitespace();
        while let Some(t) = it.next() {
            self.toks.push(t);
        }
    }
}
fn main() {
    let text = String::from("a b c");
    let mut v = vec![];
    collect_words(&mut v, &text, "b");
    let mut p = Parser { toks: vec![] };
    p.feed(&text);
    println!("{:?} {:?}", v, p.toks);
}
