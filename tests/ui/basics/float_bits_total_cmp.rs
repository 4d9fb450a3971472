// f64/f32 `total_cmp` (sorting with NaN and signed zeros), to_bits/from_bits, and a few more float methods.
fn main() {
    let mut v = vec![2.5, -0.0, f64::NAN, 0.0, -7.25, f64::INFINITY, 1e-300, -f64::INFINITY];
    v.sort_by(|a, b| a.total_cmp(b));
    println!("{:?}", v);
    let mut w = vec![3.5f32, -1.0, 0.0, -0.0, 2.0];
    w.sort_by(f32::total_cmp);
    println!("{:?}", w);
    println!("{:?}", 1.0f64.total_cmp(&2.0));
    println!("{:#x} {:#x}", 1.0f64.to_bits(), (-2.5f32).to_bits());
    println!("{} {}", f64::from_bits(0x4009_21fb_5444_2d18), f32::from_bits(0x4049_0fdb));
    println!("{} {} {}", 27.0f64.cbrt(), 8.0f64.log(2.0), 4.0f64.recip());
    println!("{} {}", (-0.0f64).is_sign_positive(), 3.0f64.copysign(-1.0));
    println!("{:.6} {:.6} {:.6} {}", 1.0f64.asin(), 0.5f64.acos(), 1.0f64.atan(), 3.0f64.exp2());
    let best = [1.5f64, 9.25, -3.0].iter().copied().max_by(|a, b| a.total_cmp(b));
    println!("{:?}", best);
}
