//@ compile-fail
// An impl missing one of the trait's methods (E0046).
trait Shape { fn area(&self) -> f64; fn name(&self) -> String; }
struct Sq(f64);
impl Shape for Sq { fn area(&self) -> f64 { self.0 * self.0 } } //~ ERROR E0046
fn main() { println!("{}", Sq(1.0).area()); }
