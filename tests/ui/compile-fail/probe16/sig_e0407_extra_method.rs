//@ compile-fail
// A method in the impl that the trait does not declare (E0407).
trait Shape { fn area(&self) -> f64; }
struct Sq(f64);
impl Shape for Sq {
    fn area(&self) -> f64 { self.0 * self.0 }
    fn perimeter(&self) -> f64 { 4.0 * self.0 } //~ ERROR E0407
}
fn main() { println!("{}", Sq(1.0).area()); }
