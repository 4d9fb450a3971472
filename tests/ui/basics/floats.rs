// f64 and f32 arithmetic and the way Display prints them.
fn main() {
    let a = 0.1 + 0.2;
    println!("{a}");
    println!("{}", 1.0f64);
    println!("{}", 1.5e10f64);
    println!("{}", 1e-7f64);
    println!("{}", 1.0f64 / 3.0);
    println!("{}", 1.0f32 / 3.0);
    println!("{}", -0.0f64);
    println!("{}", f64::MAX);
    println!("{} {}", 2.0f64.sqrt(), 2.0f64.powi(10));
    println!("{} {} {}", 2.7f64.floor(), 2.2f64.ceil(), -2.5f64.round());
    println!("{}", 10.0f64 % 3.0);
    println!("{} {}", f64::NAN.is_nan(), 1.0f64 / 0.0);
    println!("{}", (0.1f64 + 0.2 - 0.3).abs() < f64::EPSILON);
    println!("{}", 7.0f64.max(3.0).min(5.0));
}
