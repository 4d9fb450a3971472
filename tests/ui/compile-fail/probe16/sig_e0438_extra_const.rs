//@ compile-fail
// An associated const in the impl that the trait does not declare (E0438).
trait Shape { fn area(&self) -> f64; }
struct Sq(f64);
impl Shape for Sq {
    const SIDES: u32 = 4; //~ ERROR E0438
    fn area(&self) -> f64 { self.0 * self.0 }
}
fn main() { println!("{}", Sq(1.0).area()); }
