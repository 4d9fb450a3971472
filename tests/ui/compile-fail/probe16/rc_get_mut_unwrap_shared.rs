//@ compile-fail
// Rc::get_mut needs &mut Rc: given &Rc (E0308).
use std::rc::Rc;
fn main() {
    let mut r = Rc::new(5);
    if let Some(x) = Rc::get_mut(&r) { *x += 1; } //~ ERROR E0308
    println!("{}", r);
    r = Rc::new(1);
    let _ = r;
}
