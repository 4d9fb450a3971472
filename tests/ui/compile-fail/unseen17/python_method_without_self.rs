//@ compile-fail
// A method declared without its `self` parameter still uses `self`, as a Python method missing `self`.
struct Circle {
    radius: f64,
}

impl Circle {
    fn area() -> f64 {
        3.14 * self.radius * self.radius //~ ERROR E0424
    } //~^ ERROR E0424
}

fn main() {
    let c = Circle { radius: 2.0 };
    println!("{}", c.radius);
    println!("{}", Circle::area());
}
