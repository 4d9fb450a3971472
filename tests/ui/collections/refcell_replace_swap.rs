// RefCell::replace, replace_with, swap and take, and the panic of replace while a borrow is alive.
use std::cell::RefCell;

fn main() {
    let c = RefCell::new(vec![1, 2]);
    let old = c.replace(vec![9]);
    println!("{:?} {:?}", old, c.borrow());
    let prev = c.replace_with(|v| {
        v.push(10);
        v.iter().map(|x| x * 2).collect()
    });
    println!("{:?} {:?}", prev, c);
    let d = RefCell::new(vec![7]);
    c.swap(&d);
    println!("{:?} {:?}", c.borrow(), d.borrow());
    let taken = d.take();
    println!("{:?} {:?}", taken, d.into_inner());
    let s = RefCell::new(String::from("x"));
    let r = s.borrow();
    println!("holding {}", r);
    let _ = s.replace(String::from("y"));
    println!("unreachable");
}
