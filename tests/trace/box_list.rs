// A linked list of boxes: each node owns the next one on the heap.
enum List {
    Cons(i32, Box<List>),
    Nil,
}

use List::{Cons, Nil};

fn main() {
    let list = Cons(1, Box::new(Cons(2, Box::new(Nil))));
    if let Cons(head, _) = &list {
        println!("head = {}", head);
    }
}
