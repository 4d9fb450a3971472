// f64 methods: sqrt/powi/powf/exp/ln, floor/ceil/round/round_ties_even/trunc/fract on negatives, min/max/clamp with NaN, hypot, to_bits, total_cmp, copysign.
fn main() {
    for v in [2.5f64, -2.5, 3.5, -0.4, 1.0 - 1e-16] {
        println!("{:>5} floor {} ceil {} round {} even {} trunc {} fract {:.3}", v, v.floor(), v.ceil(), v.round(), v.round_ties_even(), v.trunc(), v.fract());
    }
    println!("{} {} {}", 2f64.sqrt(), (-1f64).sqrt().is_nan(), 0f64.sqrt());
    println!("{} {} {} {}", 2f64.powi(10), 2f64.powi(-2), 8f64.powf(1.0 / 3.0), 0f64.powi(0));
    println!("{:.6} {:.6} {:.6} {:.6}", 1f64.exp(), std::f64::consts::E.ln(), 100f64.log10(), 8f64.log2());
    println!("{} {} {}", 3f64.hypot(4.0), 1f64.atan2(1.0) * 4.0, (std::f64::consts::PI / 2.0).sin());
    let nan = f64::NAN;
    println!("{} {} {} {}", nan.min(1.0), 1f64.max(nan), nan.max(nan).is_nan(), (-0.0f64).max(0.0));
    println!("{} {} {}", 5.5f64.clamp(0.0, 1.0), (-3f64).clamp(-1.0, 1.0), 0.5f64.clamp(0.0, 1.0));
    println!("{} {} {}", (-2.5f64).abs(), (-2.5f64).signum(), (-0.0f64).signum());
    println!("{} {}", 3f64.copysign(-0.0), (-7.5f64).rem_euclid(2.0));
    println!("{} {}", (-7.5f64) % 2.0, 7.5f64.div_euclid(-2.0));
    println!("{:#x} {:#x} {}", 1f64.to_bits(), (-0.0f64).to_bits(), f64::from_bits(0x4000000000000000));
    println!("{:#x}", 1.5f32.to_bits());
    let mut v = vec![3.0, f64::NAN, -1.0, -0.0, 0.0, f64::NEG_INFINITY];
    v.sort_by(f64::total_cmp);
    println!("{:?}", v);
    println!("{:?} {:?}", (-0.0f64).total_cmp(&0.0), 1f64.partial_cmp(&nan));
    println!("{} {} {}", nan == nan, 0.0 == -0.0, f64::INFINITY > f64::MAX);
    println!("{} {} {} {}", 1f64.is_finite(), f64::INFINITY.is_infinite(), 1e-310f64.is_normal(), 1e-310f64.is_subnormal());
    println!("{} {}", (-0.0f64).is_sign_negative(), 0.1f64 + 0.2 == 0.3);
    println!("{}", ((0.1f64 + 0.2) - 0.3).abs() < f64::EPSILON);
    println!("{} {}", 2f64.mul_add(3.0, 1.0), 10f64.recip());
    println!("{} {}", 180f64.to_radians(), std::f64::consts::PI.to_degrees());
    println!("{} {}", f64::MAX + f64::MAX, -f64::MAX * 2.0);
    println!("{} {}", 1.0f64 / 0.0, (0.0f64 / 0.0).is_nan());
    println!("{} {}", 9.99f64.round() as i64, (2.0f64).powf(0.5) * 2f64.sqrt());
    println!("{} {}", f64::MIN_POSITIVE, f64::MAX);
    println!("{:.20}", 0.1f64);
    println!("{} {}", 1.23456789f32, 1.23456789f64 as f32);
    println!("{:?}", [1.1f64, 2.2, 3.3].iter().map(|x| x * 3.0).collect::<Vec<_>>());
}
