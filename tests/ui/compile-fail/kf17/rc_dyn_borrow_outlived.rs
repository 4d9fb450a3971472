//@ compile-fail
// A borrow of a block-local value kept in an `Rc<dyn Debug>` declared outside the block (E0597).
use std::fmt::Debug;
use std::rc::Rc;
fn main() {
    let d: Rc<dyn Debug>;
    {
        let x = 5;
        d = Rc::new(&x); //~ ERROR E0597
    }
    println!("{:?}", d);
}
