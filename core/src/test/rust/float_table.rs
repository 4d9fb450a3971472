// Generates core/src/test/resources/fmt/floats.tsv: rustc's formatting of many f64 and f32 values.
// Run: rustc --edition 2024 -O float_table.rs -o /tmp/float_table && /tmp/float_table > ../resources/fmt/floats.tsv
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 { self.next() % n }
}

fn f64_line(v: f64) {
    println!("d\t{:016x}\t{}\t{:?}\t{:.3}\t{:e}\t{:.0}\t{:.2e}\t{:+.1?}\t{:E}", v.to_bits(), v, v, v, v, v, v, v, v);
}

fn f32_line(v: f32) {
    println!("f\t{:08x}\t{}\t{:?}\t{:.3}\t{:e}\t{:.0}\t{:.2e}\t{:+.1?}\t{:E}", v.to_bits(), v, v, v, v, v, v, v, v);
}

fn main() {
    let mut r = Rng(0x9E3779B97F4A7C15);
    let specials = [0.0, -0.0, 1.0, 0.1, 0.2, 0.1 + 0.2, 1e21, 1e22, 1e23, 2e23, 1e-5, 1e-4, 1e16, 1e15, 1.5e20,
        5e-324, f64::MIN_POSITIVE, f64::MAX, f64::MIN, f64::EPSILON, 0.25, 0.35, 2.5, 0.5, 1.5, 123.456,
        9.999999999999999e22, 0.3, 2.0f64.powi(63), 2.0f64.powi(-1022) * 3.0, 1e-7, 299792458.0, 9007199254740993.0];
    for v in specials { f64_line(v); f64_line(-v); }
    for v in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] { f64_line(v); }
    for _ in 0..800 { f64_line(f64::from_bits(r.next())); }
    for _ in 0..400 { // short decimals
        let n = r.below(10_000_000) as f64;
        let k = r.below(12) as i32;
        f64_line(n / 10f64.powi(k));
    }
    for _ in 0..300 { // exponent spread around the Debug switch and ordinary magnitudes
        let m = 1.0 + (r.below(1 << 52) as f64) / (1u64 << 52) as f64;
        let e = r.below(140) as i32 - 70;
        f64_line(m * 2f64.powi(e));
    }
    for _ in 0..200 { // halves and quarters: exact ties for precision rounding
        let n = r.below(2000) as f64;
        f64_line(n / 8.0);
    }
    for _ in 0..200 { // powers of two: asymmetric rounding interval
        let e = r.below(2000) as i32 - 1070;
        f64_line(2f64.powi(e));
    }
    for _ in 0..100 { f64_line(f64::from_bits(r.below(1 << 52))); } // subnormals
    let fspecials = [0.0f32, -0.0, 1.0, 0.1, 0.2, 0.3, 1e16, 1e-5, 1e-4, f32::MAX, f32::MIN_POSITIVE, 1e-45, 16777217.0,
        f32::EPSILON, 0.25, 2.5, 3.4e38, 7.0e-45, 123.456];
    for v in fspecials { f32_line(v); f32_line(-v); }
    for v in [f32::NAN, f32::INFINITY, f32::NEG_INFINITY] { f32_line(v); }
    for _ in 0..600 { f32_line(f32::from_bits(r.next() as u32)); }
    for _ in 0..300 {
        let n = r.below(10_000_000) as f32;
        let k = r.below(10) as i32;
        f32_line(n / 10f32.powi(k));
    }
    for _ in 0..200 {
        let e = r.below(270) as i32 - 149;
        f32_line(2f32.powi(e));
    }
    for _ in 0..100 { f32_line(f32::from_bits(r.below(1 << 23) as u32)); }
}
