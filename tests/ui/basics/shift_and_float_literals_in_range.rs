// Shifts by a known amount below the bit width, whatever the value shifted, and float literals that stay finite are no deny lint.
fn shift(x: u8) -> u8 {
    x << 7
}
fn main() {
    let a = 255u8 << 7;
    let b = 1u32 << 31;
    let c = -1i64 >> 63;
    let d: f32 = 3.4028235e38;
    let e = 1e-50f32;
    let f: f64 = 1.7976931348623157e308;
    println!("{a} {b} {c} {} {d} {e} {f}", shift(3));
}
