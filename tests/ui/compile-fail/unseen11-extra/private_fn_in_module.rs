//@ compile-fail
// main calls a helper function that its module did not make pub.
mod geometry {
    pub fn hypot(a: f64, b: f64) -> f64 {
        square(a) + square(b)
    }

    fn square(x: f64) -> f64 {
        x * x
    }
}

fn main() {
    println!("{}", geometry::hypot(3.0, 4.0));
    println!("{}", geometry::square(5.0)); //~ ERROR E0603
}
