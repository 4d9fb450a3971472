// Float formatting: {:.0} round-half-even, precision, {:e}/{:E}, NaN/inf/-0.0 with width, sign and zero padding.
fn main() {
    for v in [0.5f64, 1.5, 2.5, 3.5, -0.5, 0.125, 0.375, 2.675] {
        println!("{} -> {:.0} {:.1} {:.2}", v, v, v, v);
    }
    let x = 1234.5678f64;
    println!("[{:e}] [{:E}] [{:.2e}] [{:e}]", x, x, x, 0.00012f64);
    println!("[{:e}] [{:e}] [{:e}]", 1.0f64, 0.0f64, 123456789.0f32);
    println!("[{:08.3}] [{:+08.2}] [{:+}] [{:+.1}]", x, x, x, -x);
    println!("[{:>10.2}] [{:<10.2}] [{:^10.2}] [{:*^12.1}]", x, x, x, x);
    println!("[{:08.3}] [{:+}] [{:.2}]", -1.5f64, 0.0f64, -0.0f64);
    println!("[{}] [{:?}] [{:+}] [{:08.2}]", -0.0f64, -0.0f64, -0.0f64, -0.0f64);
    let nan = f64::NAN;
    let inf = f64::INFINITY;
    println!("[{:8}] [{:08}] [{:+}] [{:.3}] [{:e}]", nan, nan, nan, nan, nan);
    println!("[{:8}] [{:08}] [{:+}] [{:<8}] [{:e}]", inf, inf, inf, -inf, -inf);
    println!("{} {} {}", 1e15f64, 1e16f64, 1.0e-5f64);
    println!("{:?} {:?} {:?}", 1e15f64, 1e16f64, 1.0e-5f64);
    println!("{} {:?} {}", 100.0f64, 100.0f64, 0.30000000000000004f64);
    println!("{:.3} {:.10}", 1.0f64 / 3.0, 2.0f64.sqrt());
    println!("{:.0} {:.0} {:.0}", 1e21f64, 0.49999999999999994f64, 999.5f64);
    println!("{:10.3e}|{:<10e}|", 1500.0f64, 0.5f64);
    let prec = 3;
    let width = 9;
    println!("[{:w$.p$}] [{:>1$.2$}] [{:.*}]", x, width, prec, 2, w = width, p = prec);
    println!("{} {}", f32::MAX, f32::MIN_POSITIVE);
    println!("{:?} {:?}", f64::EPSILON, 1.0f64 / 7.0);
}
