// A method marked `where Self: Sized` stays out of the vtable, and `Self::Item` may appear: both traits are dyn-compatible.
trait Shape {
    fn area(&self) -> f64;
    fn unit() -> Self
    where
        Self: Sized;
}
struct Square(f64);
impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn unit() -> Self {
        Square(1.0)
    }
}
trait Source {
    type Item;
    fn take(&mut self) -> Option<Self::Item>;
}
struct Count(u32);
impl Source for Count {
    type Item = u32;
    fn take(&mut self) -> Option<u32> {
        self.0 += 1;
        if self.0 < 3 { Some(self.0) } else { None }
    }
}
fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Square(2.0)), Box::new(Square::unit())];
    let total: f64 = shapes.iter().map(|s| s.area()).sum();
    let mut src: Box<dyn Source<Item = u32>> = Box::new(Count(0));
    while let Some(x) = src.take() {
        println!("{}", x);
    }
    println!("{}", total);
}
