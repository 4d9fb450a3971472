// A struct with a `&'a mut usize` counter and a borrowed `&'a str`: once it is last used, `text` can be moved and the counter read.
struct Counter<'a> {
    hits: &'a mut usize,
    last: Option<&'a str>,
}
impl<'a> Counter<'a> {
    fn see(&mut self, s: &'a str) {
        self.last = Some(s);
        *self.hits += 1;
    }
}
fn main() {
    let text = String::from("a b");
    let mut hits = 0;
    let mut c = Counter { hits: &mut hits, last: None };
    c.see(text.as_str());
    println!("{:?}", c.last);
    drop(text);
    println!("{}", hits);
}
