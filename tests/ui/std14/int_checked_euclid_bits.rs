// pow/checked_pow, checked_mul/div/rem, rem_euclid/div_euclid on negatives, abs_diff, leading/trailing zeros, count_ones, rotate, swap_bytes, ilog.
fn main() {
    println!("{} {:?} {:?}", 3i32.pow(10), 3i32.checked_pow(20), 2u64.checked_pow(63));
    println!("{:?} {:?} {:?}", i32::MAX.checked_mul(2), 10i32.checked_div(0), i32::MIN.checked_div(-1));
    println!("{:?} {:?}", 10i32.checked_rem(3), 10i32.checked_rem(0));
    for (a, b) in [(7i32, 3i32), (-7, 3), (7, -3), (-7, -3)] {
        println!("{} {} : / {} % {} div_euclid {} rem_euclid {}", a, b, a / b, a % b, a.div_euclid(b), a.rem_euclid(b));
    }
    println!("{} {} {}", 3u8.abs_diff(250), (-100i8).abs_diff(100), 5i64.abs_diff(-5));
    for x in [0u32, 1, 40, 255, 1 << 31, u32::MAX] {
        println!("{:>10}: lz {:>2} tz {:>2} ones {:>2} zeros {:>2}", x, x.leading_zeros(), x.trailing_zeros(), x.count_ones(), x.count_zeros());
    }
    println!("{:#x} {:#x}", 0x12345678u32.rotate_left(8), 0x12345678u32.swap_bytes());
    println!("{:#b} {}", 0b1011u8.reverse_bits(), (-1i16).count_ones());
    println!("{} {} {}", 1000u32.ilog10(), 1024u32.ilog2(), 80u32.ilog(3));
    println!("{:?} {:?}", 0u32.checked_ilog2(), 17u32.checked_next_power_of_two());
    println!("{} {}", 17u32.next_power_of_two(), 64u32.is_power_of_two());
    println!("{} {} {}", (-17i32).signum(), 0i32.signum(), i32::MIN.unsigned_abs());
    println!("{} {}", 7u32.div_ceil(2), 255u8.wrapping_add(3));
    println!("{:?} {:?}", 200u8.overflowing_add(100), 5u8.overflowing_sub(6));
    println!("{} {}", 100i8.saturating_add(100), (-100i8).saturating_sub(100));
    println!("{} {}", i64::MAX.count_ones(), u128::MAX.leading_zeros());
}
