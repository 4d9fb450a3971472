// a trait with an associated type and a generic function bounded on it (`C::Item: Display`)
use std::fmt::Display;
trait Container {
    type Item;
    fn items(&self) -> Vec<&Self::Item>;
    fn first(&self) -> Option<&Self::Item> {
        self.items().into_iter().next()
    }
}
struct Shelf {
    books: Vec<String>,
}
struct Bins(Vec<u32>);
impl Container for Shelf {
    type Item = String;
    fn items(&self) -> Vec<&String> {
        self.books.iter().collect()
    }
}
impl Container for Bins {
    type Item = u32;
    fn items(&self) -> Vec<&u32> {
        self.0.iter().filter(|&&x| x > 0).collect()
    }
}
fn list<C>(c: &C) -> String
where
    C: Container,
    C::Item: Display,
{
    c.items().iter().map(|i| i.to_string()).collect::<Vec<_>>().join(", ")
}
fn main() {
    let s = Shelf { books: vec!["Dune".into(), "Emma".into()] };
    let b = Bins(vec![0, 4, 2]);
    println!("{} | {}", list(&s), list(&b));
    println!("{:?} {:?}", s.first(), b.first());
}
