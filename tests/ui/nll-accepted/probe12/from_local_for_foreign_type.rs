// `impl From<Meters> for f64` is allowed: the trait's parameter is local.
struct Meters(f64);
impl From<Meters> for f64 {
    fn from(m: Meters) -> f64 {
        m.0
    }
}
fn main() {
    let x: f64 = Meters(2.5).into();
    println!("{x}");
}
