//@ compile-fail
// `str` and `dyn Trait` parameters by value have no size either (rustc suggests `&` and `impl Trait`).
trait Shape {
    fn area(&self) -> f64;
}

fn shout(s: str) -> usize { //~ ERROR E0277
    s.len()
}

fn measure(s: dyn Shape) -> f64 { //~ ERROR E0277
    s.area()
}

fn main() {}
