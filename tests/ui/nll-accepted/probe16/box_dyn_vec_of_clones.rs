// Cloning each item of a Vec<Box<dyn Trait>> through a clone_box method.
trait Shape { fn area(&self) -> f64; fn boxed(&self) -> Box<dyn Shape>; }
#[derive(Clone)]
struct Sq(f64);
impl Shape for Sq { fn area(&self) -> f64 { self.0 } fn boxed(&self) -> Box<dyn Shape> { Box::new(self.clone()) } }
fn main() {
    let v: Vec<Box<dyn Shape>> = vec![Box::new(Sq(1.0)), Box::new(Sq(2.0))];
    let w: Vec<Box<dyn Shape>> = v.iter().map(|s| s.boxed()).collect();
    println!("{} {}", v.len(), w.iter().map(|s| s.area()).sum::<f64>());
}
