// rem_euclid, div_euclid, abs_diff, bit counting, isqrt, ilog, swap_bytes and rotations.
fn main() {
    for a in [-7i32, 7] {
        for b in [3i32, -3] {
            println!("{} % {} = {}, rem_euclid = {}, div_euclid = {}", a, b, a % b, a.rem_euclid(b), a.div_euclid(b));
        }
    }
    println!("abs_diff: {} {}", 3u32.abs_diff(10), (-5i32).abs_diff(7));
    println!("abs: {} signum: {} {} {}", (-12i64).abs(), (-12i64).signum(), 0i32.signum(), 9i8.signum());
    println!("is_negative {} is_positive {}", (-1i32).is_negative(), 0i32.is_positive());
    let x: u32 = 0b0001_0110_0000;
    println!("leading_zeros {} trailing_zeros {} count_ones {} count_zeros {}",
        x.leading_zeros(), x.trailing_zeros(), x.count_ones(), x.count_zeros());
    println!("u8 leading {} u64 trailing {}", 1u8.leading_zeros(), 0u64.trailing_zeros());
    println!("leading_ones {} trailing_ones {}", 0xF0u8.leading_ones(), 0b0111u16.trailing_ones());
    println!("isqrt: {} {} {}", 99u32.isqrt(), 100u64.isqrt(), 0usize.isqrt());
    println!("ilog2: {} {} ilog10: {} {}", 1u32.ilog2(), 1000u32.ilog2(), 999u32.ilog10(), 1000u64.ilog10());
    println!("checked_ilog2(0) = {:?}", 0u32.checked_ilog2());
    println!("is_power_of_two {} {} next_power_of_two {}", 64u32.is_power_of_two(), 65u32.is_power_of_two(), 65u32.next_power_of_two());
    println!("swap_bytes {:#x} to_be {:#x}", 0x1234u16.swap_bytes(), 0x12345678u32.swap_bytes());
    println!("reverse_bits {:#010b}", 0b0000_0011u8.reverse_bits());
    println!("rotate_left {:#x} rotate_right {:#x}", 0x12u8.rotate_left(4), 0x1234u16.rotate_right(8));
    println!("min/max: {} {}", 4i32.min(9), 4i32.max(9));
    println!("clamp: {} {} {}", 15i32.clamp(0, 10), (-3i32).clamp(0, 10), 5i32.clamp(0, 10));
    let bytes = 0x0102_0304u32.to_be_bytes();
    println!("to_be_bytes {:?} to_le_bytes {:?}", bytes, 0x0102_0304u32.to_le_bytes());
    println!("from_le_bytes {}", u32::from_le_bytes([1, 0, 0, 0]));
    println!("midpoint-ish {}", (7u32 + 10) / 2);
}
