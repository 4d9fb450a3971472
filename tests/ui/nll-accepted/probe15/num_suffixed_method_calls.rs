// Methods on suffixed or annotated numeric literals.
fn main() {
    let x: f64 = 2.0;
    println!("{} {} {}", x.powi(2), (-3i32).abs(), 2u32.pow(3));
}
