// A RefCell's shared borrow ends within the statement, so borrow_mut in the same expression is fine.
use std::cell::RefCell;

fn main() {
    let log = RefCell::new(vec![String::from("start")]);
    let n = log.borrow().len();
    log.borrow_mut().push(format!("entry {}", n));
    let last = log.borrow().last().cloned();
    log.borrow_mut().push(format!("copy of {:?}", last));
    println!("{:?}", log.borrow());
}
