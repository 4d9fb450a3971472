//@ compile-fail
// Two impls of one trait for one type: a call could not tell which `area` to run.
trait Area {
    fn area(&self) -> f64;
}
struct Square(f64);
impl Area for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}
impl Area for Square { //~ ERROR E0119
    fn area(&self) -> f64 {
        self.0
    }
}
fn main() {
    println!("{}", Square(2.0).area());
}
