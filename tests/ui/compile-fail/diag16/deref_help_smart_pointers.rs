// A smart pointer or guard given where its `Copy` target is expected: rustc suggests its `*`
//@ compile-fail
use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let b = Box::new(5);
    let x: i32 = b; //~ ERROR E0308
    let c = RefCell::new(3);
    let y: i32 = c.borrow(); //~ ERROR E0308
    let r: bool = Rc::new(true); //~ ERROR E0308
    println!("{} {} {}", x, y, r);
}
