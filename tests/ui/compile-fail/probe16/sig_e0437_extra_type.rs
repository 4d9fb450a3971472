//@ compile-fail
// An associated type in the impl that the trait does not declare (E0437).
trait Shape { fn area(&self) -> f64; }
struct Sq(f64);
impl Shape for Sq {
    type Unit = f64; //~ ERROR E0437
    fn area(&self) -> f64 { self.0 * self.0 }
}
fn main() { println!("{}", Sq(1.0).area()); }
