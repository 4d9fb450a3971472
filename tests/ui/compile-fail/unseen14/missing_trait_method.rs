//@ compile-fail
// An impl of a trait that leaves out a required method (E0046)
trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String;
}

struct Square(f64);

impl Shape for Square { //~ ERROR E0046
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn main() {
    println!("{}", Square(2.0).area());
}
