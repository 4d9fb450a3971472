//@ compile-fail
// Adding an f32 and an f64 (E0308).
fn main() {
    let a: f32 = 1.0;
    let b: f64 = 2.0;
    println!("{}", a + b); //~ ERROR E0308
    //~^ ERROR E0277
}
