//@ compile-fail
// Calling a method of T through Weak<T> without upgrade (E0599).
use std::rc::{Rc, Weak};
struct Node { v: u32 }
impl Node { fn val(&self) -> u32 { self.v } }
fn main() {
    let r = Rc::new(Node { v: 1 });
    let w: Weak<Node> = Rc::downgrade(&r);
    println!("{}", w.val()); //~ ERROR E0599
}
