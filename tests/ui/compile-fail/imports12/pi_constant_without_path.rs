//@ compile-fail
// `PI` alone: two constants, from f32 and f64.
fn area(r: f64) -> f64 {
    PI * r * r //~ ERROR E0425
}

fn main() {
    println!("{:.2}", area(1.0));
}
