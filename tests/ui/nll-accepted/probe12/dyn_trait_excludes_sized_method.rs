// A method with `where Self: Sized` keeps the trait dyn compatible; it is called on a concrete type.
trait Shape {
    fn area(&self) -> f64;
    fn make() -> Self
    where
        Self: Sized;
    fn scaled(&self) -> f64
    where
        Self: Sized,
    {
        self.area() * 2.0
    }
}
struct Sq;
impl Shape for Sq {
    fn area(&self) -> f64 {
        1.5
    }
    fn make() -> Self {
        Sq
    }
}
fn main() {
    let s: &dyn Shape = &Sq;
    println!("{} {}", s.area(), Sq::make().scaled());
}
