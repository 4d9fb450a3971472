//@ compile-fail
// A `match` that yields either a `&'a str` or a `&'b str` cannot be returned as `&'a str`.
struct Shelf<'a> {
    books: Vec<&'a str>,
}

impl<'a> Shelf<'a> {
    fn first_or<'b>(&self, fallback: &'b str) -> &'a str {
        match self.books.first() { //~ ERROR lifetime may not live long enough
            Some(b) => b,
            None => fallback,
        }
    }
}

fn main() {
    let s = Shelf { books: vec!["dune"] };
    println!("{}", s.first_or("none"));
}
