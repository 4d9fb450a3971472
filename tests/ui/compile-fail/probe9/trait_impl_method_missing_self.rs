//@ compile-fail
// The trait's method takes `&self`; the impl's version is an associated function without it.
trait Area {
    fn area(&self) -> f64;
}
struct Square(f64);
impl Area for Square {
    fn area() -> f64 { //~ ERROR E0186
        1.0
    }
}
fn main() {
    println!("{}", Square(2.0).0);
}
