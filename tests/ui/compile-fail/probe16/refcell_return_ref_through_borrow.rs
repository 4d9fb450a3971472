//@ compile-fail
// Returning a &T obtained through a RefCell borrow (E0515).
use std::cell::RefCell;
struct Store { items: RefCell<Vec<String>> }
impl Store {
    fn first(&self) -> &String {
        &self.items.borrow()[0] //~ ERROR E0515
    }
}
fn main() {
    let s = Store { items: RefCell::new(vec![String::from("a")]) };
    println!("{}", s.first());
}
