// Box<dyn Fn() + Send> and Arc<dyn Trait + Send + Sync> moved into threads; upcasting and as &dyn.
//@ no-stats
use std::sync::Arc;
use std::thread;
trait Shape { fn area(&self) -> f64; }
struct Sq(f64);
impl Shape for Sq { fn area(&self) -> f64 { self.0 * self.0 } }
trait Super { fn s(&self) -> u32 { 1 } }
trait Sub: Super { fn t(&self) -> u32 { 2 } }
impl Super for Sq {}
impl Sub for Sq {}
fn main() {
    let f: Box<dyn Fn() -> i32 + Send> = Box::new(|| 7);
    let h = thread::spawn(move || f());
    let s: Arc<dyn Shape + Send + Sync> = Arc::new(Sq(2.0));
    let t = Arc::clone(&s);
    let h2 = thread::spawn(move || t.area());
    let q = Sq(1.0);
    let sub: &dyn Sub = &q;
    let sup: &dyn Super = sub;
    let sh = &q as &dyn Shape;
    println!("{} {} {} {} {}", h.join().unwrap(), h2.join().unwrap(), sup.s(), sub.t(), sh.area());
}
