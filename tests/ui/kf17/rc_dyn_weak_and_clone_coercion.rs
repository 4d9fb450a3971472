// An `Rc<Sq>` clone coerced to `Rc<dyn Shape>`, a `Weak<dyn Shape>` upgraded before and after the value is dropped, `Rc<dyn Debug>` of a borrow.
use std::fmt::Debug;
use std::rc::{Rc, Weak};
trait Shape { fn area(&self) -> f64; }
#[derive(Debug)]
struct Sq(f64);
impl Shape for Sq { fn area(&self) -> f64 { self.0 * self.0 } }
impl Drop for Sq { fn drop(&mut self) { println!("drop sq {}", self.0); } }
fn main() {
    let r = Rc::new(Sq(1.0));
    let d: Rc<dyn Shape> = r.clone();
    let w: Weak<dyn Shape> = Rc::downgrade(&d);
    println!("{} {} {}", d.area(), Rc::strong_count(&r), w.upgrade().map(|s| s.area()).unwrap_or(-1.0));
    drop(r);
    drop(d);
    println!("{}", w.upgrade().is_none());
    let x = 5;
    let e: Rc<dyn Debug> = Rc::new(&x);
    println!("{:?}", e);
    let shapes: Vec<Rc<dyn Shape>> = vec![Rc::new(Sq(2.0)), Rc::new(Sq(3.0))];
    let first = shapes[0].clone();
    drop(shapes);
    println!("{}", first.area());
}
