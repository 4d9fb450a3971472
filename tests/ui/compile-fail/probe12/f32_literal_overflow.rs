//@ compile-fail
// `1e40` overflows to infinity as an `f32` (deny lint).
fn main() {
    let x: f32 = 1e40; //~ ERROR literal out of range for `f32`
    println!("{x}");
}
