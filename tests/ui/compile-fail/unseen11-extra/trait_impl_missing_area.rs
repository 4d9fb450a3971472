//@ compile-fail
// The impl of a trait forgets one of its required methods.
trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String;
}

struct Square(f64);

impl Shape for Square { //~ ERROR E0046
    fn name(&self) -> String {
        String::from("square")
    }
}

fn main() {
    println!("{}", Square(2.0).name());
}
