// `Rc<T>`/`Arc<T>` coerced to `Rc<dyn Trait>`/`Arc<dyn Trait + Send + Sync>`: calls through the vtable, clones, Debug, drops of the last strong count, a thread.
//@ no-stats
use std::fmt::Debug;
use std::rc::Rc;
use std::sync::Arc;
trait Shape { fn area(&self) -> f64; fn name(&self) -> String { String::from("shape") } }
struct Sq(f64);
impl Shape for Sq { fn area(&self) -> f64 { self.0 * self.0 } }
struct Named(String, Vec<u8>);
impl Shape for Named { fn area(&self) -> f64 { self.1.len() as f64 } fn name(&self) -> String { self.0.clone() } }
impl Drop for Named { fn drop(&mut self) { println!("drop {}", self.0); } }
fn total(v: &[Rc<dyn Shape>]) -> f64 { v.iter().map(|s| s.area()).sum() }
fn main() {
    let a: Rc<dyn Shape> = Rc::new(Sq(2.0));
    let b: Rc<dyn Shape> = Rc::new(Named(String::from("n"), vec![1, 2, 3]));
    let c = Rc::clone(&b);
    let v = vec![a.clone(), b, c.clone()];
    println!("{} {} {}", total(&v), Rc::strong_count(&c), c.name());
    drop(v);
    println!("after v {}", Rc::strong_count(&c));
    let d: Rc<dyn Debug> = Rc::new(vec![1, 2]);
    println!("{:?}", d);
    let s: Arc<dyn Shape + Send + Sync> = Arc::new(Named(String::from("t"), vec![]));
    let t = Arc::clone(&s);
    let h = std::thread::spawn(move || t.name());
    println!("{} {}", h.join().unwrap(), s.area());
}
