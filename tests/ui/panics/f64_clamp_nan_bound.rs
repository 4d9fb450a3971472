// f64::clamp panics inside std (num/f64.rs) when min > max or a bound is NaN.
fn main() {
    let bounds = [(0.0, 1.0), (2.0, 2.0), (f64::NAN, 1.0)];
    for (lo, hi) in bounds {
        println!("{:?}", 1.5f64.clamp(lo, hi));
    }
}
