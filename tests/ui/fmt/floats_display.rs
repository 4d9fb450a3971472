// Display and Debug of floats: shortest round-trip form, exponents never used by Display.
fn main() {
    let xs = [0.0, 1.0, -1.5, 0.1, 100.0, 1e15, 1e16, 1e21, 1.5e-5, 1e-7, f64::MIN_POSITIVE];
    for x in xs {
        println!("{x} {x:?}");
    }
    println!("{} {:?}", f64::NAN, f64::INFINITY);
    println!("{} {:?}", -f64::INFINITY, -0.0);
    println!("{} {}", 0.3f32, 0.3f32 as f64);
    println!("{:?} {:?}", 1.0f32, 16777216.0f32);
    println!("{}", 123456789.123456789f64);
}
