// Float Display/Debug rules: shortest round trip, 1e16 and 1e-7 thresholds, {:?} vs {}, {:.3}, {:e}, to_string capacities, f32 vs f64.
fn main() {
    let xs = [0.1f64, 1.0, 1.5, 100.0, 1e15, 1e16, 1e17, 1.25e-5, 1e-7, 123456789.125, f64::MAX, f64::MIN_POSITIVE, -0.0, 0.3];
    for x in xs {
        println!("{} | {:?} | {:.3} | {:e}", x, x, x, x);
    }
    let fs = [0.1f32, 16777217.0, 3.4028235e38, 1e-10, 2.5];
    for x in fs {
        println!("{} | {:?} | {}", x, x, x as f64);
    }
    for x in [0.5f64, 2.0 / 3.0, 1e21, 1e-20] {
        let s = x.to_string();
        println!("{} len {} cap {}", s, s.len(), s.capacity());
    }
    println!("{} {}", 0.1 + 0.2, 0.1f32 + 0.2f32);
    println!("{:?} {:?}", 1.0f64 / 3.0, 2.0f32.sqrt());
    println!("[{:10.2}] [{:<10.2}] [{:+.1}] [{:010.3}]", 3.14159, 2.5, 7.0, -1.5);
    println!("{} {} {}", f64::NAN, f64::INFINITY, -f64::INFINITY);
    println!("{:?} {:?}", (2.5f64).round(), (-2.5f64).round());
    println!("{} {} {}", 7.9f64 as i32, -7.9f64 as i32, 300.0f64 as u8);
    println!("{} {}", f64::NAN as i32, 1e20 as i64);
}
