//@ compile-fail
// A chat room shared through Rc<RefCell<_>> is moved into a spawned thread to count messages.
use std::cell::RefCell;
use std::rc::Rc;
use std::thread;

struct Room {
    sent: usize,
}

fn main() {
    let room = Rc::new(RefCell::new(Room { sent: 0 }));
    let other = Rc::clone(&room);
    let h = thread::spawn(move || { //~ ERROR E0277
        other.borrow_mut().sent += 1;
    });
    h.join().unwrap();
    println!("{}", room.borrow().sent);
}
