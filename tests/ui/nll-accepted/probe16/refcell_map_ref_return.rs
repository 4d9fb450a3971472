// Returning a Ref<T> (Ref::map) from a method over a RefCell field, and cloning out of a borrow.
use std::cell::{Ref, RefCell};
struct Store { items: RefCell<Vec<String>> }
impl Store {
    fn first(&self) -> Ref<'_, String> { Ref::map(self.items.borrow(), |v| &v[0]) }
    fn first_owned(&self) -> String { self.items.borrow()[0].clone() }
}
fn main() {
    let s = Store { items: RefCell::new(vec![String::from("a")]) };
    let c = RefCell::new(vec![1, 2]);
    let first = c.borrow()[0];
    println!("{} {} {}", s.first(), s.first_owned(), first);
}
