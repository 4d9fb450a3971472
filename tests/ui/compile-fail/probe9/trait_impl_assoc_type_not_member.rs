//@ compile-fail
// `Output` is not an associated type of this trait: the impl cannot define it.
trait Shape {
    fn area(&self) -> f64;
}
struct Square(f64);
impl Shape for Square {
    type Output = f64; //~ ERROR E0437
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}
fn main() {
    println!("{}", Square(2.0).area());
}
