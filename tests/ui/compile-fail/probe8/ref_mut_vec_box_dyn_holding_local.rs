//@ compile-fail
// Lending `&mut Vec<Box<dyn Shape>>` to a function makes its items `'static`, so no local borrow may be in it.
trait Shape {
    fn area(&self) -> f64;
}
struct Sq<'a>(&'a f64);
impl<'a> Shape for Sq<'a> {
    fn area(&self) -> f64 { self.0 * self.0 }
}
fn total(shapes: &mut Vec<Box<dyn Shape>>) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}
fn main() {
    let side = 2.0;
    let mut shapes: Vec<Box<dyn Shape>> = Vec::new();
    shapes.push(Box::new(Sq(&side))); //~ ERROR E0597
    println!("{}", total(&mut shapes));
}
