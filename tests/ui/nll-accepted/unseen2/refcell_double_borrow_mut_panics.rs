// Two `borrow_mut` of one RefCell compile: the conflict is found at run time (a panic).
use std::cell::RefCell;

fn main() {
    let cell = RefCell::new(vec![1, 2]);
    {
        let mut a = cell.borrow_mut();
        a.push(3);
    }
    println!("{:?}", cell.borrow());
    let mut first = cell.borrow_mut();
    let mut second = cell.borrow_mut();
    first.push(4);
    second.push(5);
}
