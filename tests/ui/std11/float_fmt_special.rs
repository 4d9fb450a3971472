// Float formatting: {:e}, precision, width, sign, NaN/inf display, total_cmp, to_bits, is_nan.
fn main() {
    let values = [0.0f64, -0.0, 1.0, 1.5, -2.25, 1e21, 1e-7, 123456.789, f64::NAN, f64::INFINITY, f64::NEG_INFINITY];
    for v in values {
        println!("[{}] [{:?}] [{:.3}] [{:>10.2}] [{:+}] [{:e}]", v, v, v, v, v, v);
    }
    println!("[{:<8.1}] [{:^9.2}] [{:08.3}] [{:+.2}]", 3.14159, 2.71828, -1.5, 0.0);
    println!("[{:E}] [{:.2e}] [{:e}]", 1234.5, 0.000123, 100.0f32);
    let w = 12;
    let p = 4;
    println!("[{:w$.p$}] [{:>1$}] [{:.*}]", 1.0 / 3.0, 9, 3, 2.0f64.sqrt(), w = w, p = p);
    println!("nan: {} {} {}", f64::NAN.is_nan(), (0.0f64 / 0.0).is_nan(), 1.0f64.is_nan());
    println!("finite: {} {} infinite: {}", 1.0f64.is_finite(), f64::INFINITY.is_finite(), (1.0f64 / 0.0).is_infinite());
    println!("sign: {} {}", (-0.0f64).is_sign_negative(), 0.0f64.is_sign_positive());
    println!("bits {:#x} {:#x}", 1.0f64.to_bits(), 1.5f32.to_bits());
    println!("from_bits {}", f64::from_bits(0x4000_0000_0000_0000));
    let mut v = vec![3.5, -1.0, f64::NAN, 0.0, -0.0, 2.0, f64::INFINITY];
    v.sort_by(|a, b| a.total_cmp(b));
    println!("{:?}", v);
    println!("{:?}", 1.0f64.total_cmp(&2.0));
    println!("{:?}", 2.0f64.partial_cmp(&f64::NAN));
    let sum: f64 = [0.1, 0.2, 0.3].iter().sum();
    println!("sum {} as f32 {} as i32 {} as u8 {}", sum, sum as f32, 2.9f64 as i32, -5.0f64 as u8);
    println!("nan as i32 {} big as u8 {}", f64::NAN as i32, 300.7f64 as u8);
    println!("{} {} {}", 1e15, 1e16, 1.0e-5);
    println!("{} {}", f32::MAX, f32::MIN_POSITIVE);
    println!("{:?} {:?}", 0.1f32, 16777217.0f32);
}
