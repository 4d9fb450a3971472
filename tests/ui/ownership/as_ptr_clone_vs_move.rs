// as_ptr shows where the heap data lives: a clone has its own buffer, a move keeps it; raw pointers compare by address.
use std::rc::Rc;

fn main() {
    let s = String::from("hello");
    let start = s.as_ptr();
    let c = s.clone();
    println!("clone shares the buffer: {}", c.as_ptr() == start);
    let t = s;
    println!("move keeps the buffer: {}", t.as_ptr() == start);
    println!("as_str points at the same bytes: {}", t.as_str().as_ptr() == start);
    println!("a slice starts further: {}", t[1..].as_ptr() != start);

    let mut v = vec![10, 20, 30];
    println!("as_ptr is the first element: {}", v.as_ptr() == &v[0] as *const i32);
    println!("as_mut_ptr too: {}", v.as_mut_ptr() as *const i32 == v.as_ptr());
    let first = v.as_ptr();
    let w = v;
    println!("moved Vec, same buffer: {}", w.as_ptr() == first);
    let tail = &w[1..];
    println!("tail starts at element 1: {}", tail.as_ptr() == &w[1] as *const i32);
    let x = 5;
    let y = x;
    println!("a copy lives elsewhere: {}", &x as *const i32 != &y as *const i32);

    let a = Rc::new(String::from("shared"));
    let b = Rc::clone(&a);
    let other = Rc::new(String::from("shared"));
    println!("Rc clones point to one value: {}", Rc::as_ptr(&a) == Rc::as_ptr(&b));
    println!("an equal value elsewhere: {}", Rc::as_ptr(&a) == Rc::as_ptr(&other));
    println!("equal contents: {}", a == other);
}
