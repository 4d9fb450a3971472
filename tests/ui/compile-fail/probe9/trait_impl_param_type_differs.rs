//@ compile-fail
// The impl's `scale` takes a `u32` where the trait says `f64`: a call through the trait would pass an `f64`.
trait Scale {
    fn scale(&self, by: f64) -> f64;
}
struct Meters(f64);
impl Scale for Meters {
    fn scale(&self, by: u32) -> f64 { //~ ERROR E0053
        self.0 * by as f64
    }
}
fn main() {
    println!("{}", Meters(2.0).0);
}
