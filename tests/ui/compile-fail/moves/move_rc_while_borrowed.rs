//@ compile-fail
// Moving an Rc while it is borrowed: rustc proposes to clone it, which increments its count.
use std::rc::Rc;

fn main() {
    let shared = Rc::new(String::from("s"));
    let r = &shared;
    let moved = shared; //~ ERROR E0505
    println!("{} {}", r, moved);
}
