//@ compile-fail
// Cloning a Vec<Box<dyn Trait>> whose trait has no Clone (E0599).
trait Shape { fn area(&self) -> f64; }
struct Sq(f64);
impl Shape for Sq { fn area(&self) -> f64 { self.0 } }
fn main() {
    let v: Vec<Box<dyn Shape>> = vec![Box::new(Sq(1.0))];
    let w = v.clone(); //~ ERROR E0599
    println!("{}", w.len());
}
