// Float to int casts saturate, NaN becomes 0; int to float rounds to nearest.
fn main() {
    println!("{}", 3.99f64 as i32);
    println!("{}", -3.99f64 as i32);
    println!("{}", 300.0f32 as u8);
    println!("{}", -5.0f64 as u8);
    println!("{}", f64::NAN as i32);
    println!("{}", f64::INFINITY as i64);
    println!("{}", f64::NEG_INFINITY as i16);
    println!("{}", 1e20f64 as i64);
    println!("{}", u64::MAX as f64);
    println!("{}", 16777217i32 as f32);
    println!("{}", 0.1f32 as f64);
    println!("{}", 1.5f64 as f32);
    println!("{}", (2.5f64).round() as i32);
    println!("{}", 7 as f64 / 2.0);
}
