//@ compile-fail
// A method returning `&'a str` from the struct's lifetime but giving a `&self` borrow.
struct Parser<'a> { text: &'a str, owned: String }
impl<'a> Parser<'a> {
    fn owned(&self) -> &'a str {
        &self.owned //~ ERROR lifetime may not live long enough
    }
}
fn main() {
    let p = Parser { text: "a", owned: "b".into() };
    println!("{} {}", p.owned(), p.text);
}
