// RefCell moves borrow checking to run time: borrow and borrow_mut through a shared reference.
use std::cell::RefCell;

fn main() {
    let cell = RefCell::new(vec![1, 2, 3]);
    {
        let r1 = cell.borrow();
        let r2 = cell.borrow();
        println!("{:?} {:?}", *r1, *r2);
    }
    cell.borrow_mut().push(4);
    println!("{:?}", cell.borrow());
    println!("{}", cell.try_borrow_mut().is_ok());
    let guard = cell.borrow();
    println!("{}", cell.try_borrow_mut().is_err());
    drop(guard);
    let v = cell.into_inner();
    println!("{v:?}");
}
