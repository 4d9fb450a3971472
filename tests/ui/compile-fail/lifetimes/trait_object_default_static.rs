//@ compile-fail
// `Box<dyn Trait>` means `Box<dyn Trait + 'static>`: a borrowing value cannot go in.
trait Shape {
    fn area(&self) -> f64;
}

struct Scaled<'a> {
    factor: &'a f64,
}

impl Shape for Scaled<'_> {
    fn area(&self) -> f64 {
        *self.factor
    }
}

fn boxed(f: &f64) -> Box<dyn Shape> {
    Box::new(Scaled { factor: f }) //~ ERROR lifetime may not live long enough
}

fn main() {
    let f = 2.0;
    println!("{}", boxed(&f).area());
}
