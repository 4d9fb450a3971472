// A RefCell is read through a guard in an inner block, and the guard is gone before borrow_mut.
use std::cell::RefCell;

fn main() {
    let room = RefCell::new(vec![String::from("hello")]);
    let count = {
        let msgs = room.borrow();
        msgs.iter().filter(|m| m.len() > 3).count()
    };
    room.borrow_mut().push(format!("{} long messages", count));
    let last_len = room.borrow().last().map(|m| m.len());
    room.borrow_mut().push(format!("{:?}", last_len));
    println!("{:?}", room.borrow());
}
