//@ compile-fail
// `<Type as Trait>::name` only finds items the trait declares: a missing one is E0576.
trait Shape {
    fn area(&self) -> f64;
}

struct Square(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn main() {
    let s = Square(2.0);
    println!("{}", <Square as Shape>::area(&s));
    println!("{}", <Square as Shape>::perimeter(&s)); //~ ERROR E0576
}
