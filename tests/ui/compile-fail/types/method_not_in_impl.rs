//@ compile-fail
// A struct method that was never defined.
struct Circle {
    radius: f64,
}

impl Circle {
    fn area(&self) -> f64 {
        3.14 * self.radius * self.radius
    }
}

fn main() {
    let c = Circle { radius: 1.0 };
    println!("{} {}", c.area(), c.perimeter()); //~ ERROR E0599
}
