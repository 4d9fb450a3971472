//@ compile-fail
// A trait's default method prints `self` with `{}`: `Self` is not known to be `Display`.
trait Loud {
    fn loud(&self) {
        println!("{}!", self); //~ ERROR E0277
    }
}
impl Loud for u32 {}
fn main() {
    3u32.loud();
}
