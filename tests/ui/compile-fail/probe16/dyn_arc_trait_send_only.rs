//@ compile-fail
// An Arc<dyn Trait + Send> moved to another thread still needs Sync (E0277).
use std::sync::Arc;
use std::thread;
trait Shape { fn area(&self) -> f64; }
struct Sq(f64);
impl Shape for Sq { fn area(&self) -> f64 { self.0 * self.0 } }
fn main() {
    let s: Arc<dyn Shape + Send> = Arc::new(Sq(2.0));
    let t = s.clone();
    let h = thread::spawn(move || t.area()); //~ ERROR E0277
    println!("{} {}", s.area(), h.join().unwrap());
}
