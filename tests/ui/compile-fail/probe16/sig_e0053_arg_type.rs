//@ compile-fail
// An impl method whose argument type differs from the trait's (E0053).
trait Scale { fn scale(&self, k: f64) -> f64; }
struct S;
impl Scale for S { fn scale(&self, k: f32) -> f64 { k as f64 } } //~ ERROR E0053
fn main() { println!("{}", S.scale(1.0)); }
