//@ compile-fail
// `if let Some(v) = *rc` binding a `Vec` by value (E0507).
use std::rc::Rc;
fn main() {
    let rc: Rc<Option<Vec<u32>>> = Rc::new(Some(vec![1]));
    if let Some(v) = *rc { //~ ERROR E0507
        println!("{}", v.len());
    }
}
