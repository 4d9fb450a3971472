// f64 math: sqrt, powi, powf, exp, ln, log10, trig, hypot, rounding, fract, signum, clamp, min/max.
fn main() {
    let x = 2.0f64;
    println!("sqrt {} powi {} powf {}", x.sqrt(), x.powi(10), x.powf(0.5));
    println!("exp {} ln {} log10 {} log2 {}", 1.0f64.exp(), std::f64::consts::E.ln(), 1000.0f64.log10(), 8.0f64.log2());
    println!("log base 3 of 81 = {}", 81.0f64.log(3.0));
    let a = std::f64::consts::PI / 6.0;
    println!("sin {:.4} cos {:.4} tan {:.4}", a.sin(), a.cos(), a.tan());
    println!("atan2 {:.6} hypot {}", 1.0f64.atan2(1.0), 3.0f64.hypot(4.0));
    println!("asin {:.4} acos {:.4} atan {:.4}", 0.5f64.asin(), 0.5f64.acos(), 1.0f64.atan());
    for v in [2.5f64, -2.5, 2.4, -0.6, 3.999] {
        println!("{}: round {} floor {} ceil {} trunc {} fract {:.3}", v, v.round(), v.floor(), v.ceil(), v.trunc(), v.fract());
    }
    println!("signum {} {} abs {}", (-3.2f64).signum(), 0.0f64.signum(), (-3.2f64).abs());
    println!("clamp {} {}", 7.5f64.clamp(0.0, 5.0), (-1.0f64).clamp(0.0, 5.0));
    println!("min {} max {} min nan {}", 1.5f64.min(2.5), 1.5f64.max(2.5), f64::NAN.min(3.0));
    println!("cbrt {} recip {} to_degrees {}", 27.0f64.cbrt(), 4.0f64.recip(), std::f64::consts::PI.to_degrees());
    println!("to_radians {:.5}", 180.0f64.to_radians());
    println!("mul_add {}", 2.0f64.mul_add(3.0, 1.0));
    let f: f32 = 10.0;
    println!("f32 sqrt {} powi {} div {}", f.sqrt(), f.powi(3), f / 3.0);
    let c = 0.1 + 0.2;
    println!("{} == 0.3? {} close? {}", c, c == 0.3, (c - 0.3f64).abs() < f64::EPSILON);
    println!("EPSILON {} MAX {} MIN_POSITIVE {}", f64::EPSILON, f64::MAX, f64::MIN_POSITIVE);
    println!("f32 EPSILON {} MAX {}", f32::EPSILON, f32::MAX);
    let r = (2.0f64).sqrt();
    println!("rem {} euclid {}", 7.5f64 % 2.0, (-7.5f64).rem_euclid(2.0));
    println!("r*r {}", r * r);
}
