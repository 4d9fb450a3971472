// Two overlapping borrow_mut calls on a RefCell panic with "already borrowed".
use std::cell::RefCell;

fn main() {
    let shared = RefCell::new(String::from("text"));
    let mut first = shared.borrow_mut();
    first.push('!');
    println!("first borrow ok: {}", *first);
    let mut second = shared.borrow_mut();
    second.push('?');
    println!("unreachable");
}
