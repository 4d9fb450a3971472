//@ compile-fail
// A closure given each RefCell pushes a borrow of a local into it; the cells outlive the local.
use std::cell::RefCell;

fn main() {
    let cells = vec![RefCell::new(Vec::new())];
    {
        let local = String::from("x");
        cells.iter().for_each(|c| c.borrow_mut().push(&local)); //~ ERROR E0597
    }
    println!("{:?}", cells);
}
