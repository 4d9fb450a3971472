// Book ch15: cons list with Rc, MyBox Deref, RefCell mock
use std::cell::RefCell;
use std::ops::Deref;
use std::rc::Rc;
#[derive(Debug)]
enum List { Cons(i32, Rc<List>), Nil }
use List::{Cons, Nil};
struct MyBox<T>(T);
impl<T> MyBox<T> { fn new(x: T) -> MyBox<T> { MyBox(x) } }
impl<T> Deref for MyBox<T> { type Target = T; fn deref(&self) -> &T { &self.0 } }
fn hello(name: &str) { println!("Hello, {name}!"); }
trait Messenger { fn send(&self, msg: &str); }
struct Mock { sent: RefCell<Vec<String>> }
impl Messenger for Mock { fn send(&self, msg: &str) { self.sent.borrow_mut().push(String::from(msg)); } }
struct Tracker<'a, T: Messenger> { m: &'a T, value: usize, max: usize }
impl<'a, T> Tracker<'a, T> where T: Messenger {
    fn set(&mut self, v: usize) { self.value = v; let p = self.value as f64 / self.max as f64; if p >= 1.0 { self.m.send("Error: over quota"); } else if p >= 0.75 { self.m.send("Warning: 75%"); } }
}
fn sum(l: &List) -> i32 { match l { Cons(v, rest) => v + sum(rest), Nil => 0 } }
fn main() {
    let a = Rc::new(Cons(5, Rc::new(Cons(10, Rc::new(Nil)))));
    println!("count after creating a = {}", Rc::strong_count(&a));
    let b = Cons(3, Rc::clone(&a));
    { let c = Cons(4, Rc::clone(&a)); println!("count = {} sum c = {}", Rc::strong_count(&a), sum(&c)); }
    println!("count = {} sum b = {}", Rc::strong_count(&a), sum(&b));
    let m = MyBox::new(String::from("Rust"));
    hello(&m);
    println!("{}", *MyBox::new(5) + 1);
    let mock = Mock { sent: RefCell::new(vec![]) };
    let mut t = Tracker { m: &mock, value: 0, max: 100 };
    t.set(80); t.set(100);
    println!("{:?} {}", mock.sent.borrow(), t.value);
    let shared = Rc::new(RefCell::new(vec![1]));
    let s2 = Rc::clone(&shared);
    s2.borrow_mut().push(2);
    println!("{:?} {}", shared.borrow(), Rc::ptr_eq(&shared, &s2));
    let g = shared.borrow();
    let h = shared.borrow_mut();
    println!("{} {}", g.len(), h.len());
}
