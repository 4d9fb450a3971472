// Integer families: checked/wrapping/saturating/overflowing add/sub/mul/neg/shl/pow on i8/u8/i32/u64, abs_diff, signum, isqrt, ilog.
fn main() {
    let a: i8 = 100;
    let b: i8 = 50;
    println!("{:?} {} {} {:?}", a.checked_add(b), a.wrapping_add(b), a.saturating_add(b), a.overflowing_add(b));
    println!("{:?} {} {} {:?}", (-a).checked_sub(b), (-a).wrapping_sub(b), (-a).saturating_sub(b), (-a).overflowing_sub(b));
    println!("{:?} {} {} {:?}", a.checked_mul(2), a.wrapping_mul(2), a.saturating_mul(-2), a.overflowing_mul(3));
    println!("{:?} {} {:?} {:?}", i8::MIN.checked_neg(), i8::MIN.wrapping_neg(), i8::MIN.overflowing_neg(), i8::MIN.checked_abs());
    println!("{} {} {}", i8::MIN.wrapping_abs(), i8::MIN.saturating_abs(), i8::MIN.unsigned_abs());
    println!("{:?} {:?} {}", i8::MIN.checked_div(-1), 7i8.checked_div(0), i8::MIN.wrapping_div(-1));
    println!("{:?} {:?} {}", 5i32.checked_rem(0), i32::MIN.checked_rem(-1), i32::MIN.wrapping_rem(-1));
    let u: u8 = 200;
    println!("{:?} {} {} {:?}", u.checked_add(100), u.wrapping_add(100), u.saturating_add(100), u.overflowing_add(100));
    println!("{:?} {} {}", 3u8.checked_sub(5), 3u8.wrapping_sub(5), 3u8.saturating_sub(5));
    println!("{:?} {:?} {} {}", 2u64.checked_pow(64), 2u64.checked_pow(63), 3u8.wrapping_pow(6), 3u8.saturating_pow(6));
    println!("{:?} {:?}", 2i32.overflowing_pow(31), (-2i32).checked_pow(31));
    println!("{:?} {:?} {}", 1u32.checked_shl(31), 1u32.checked_shl(32), 1u32.wrapping_shl(33));
    println!("{:?} {}", 256u32.checked_shr(40), (-16i32).wrapping_shr(2));
    println!("{} {} {}", 3u32.abs_diff(10), (-5i32).abs_diff(7), i8::MIN.abs_diff(i8::MAX));
    println!("{} {} {}", (-9i32).signum(), 0i32.signum(), 42i64.signum());
    println!("{} {} {}", 99u32.isqrt(), 100u64.isqrt(), 0u8.isqrt());
    println!("{} {} {}", 1000u32.ilog10(), 1024u32.ilog2(), 80u32.ilog(3));
    println!("{:?} {:?}", 0u32.checked_ilog2(), 999u32.checked_ilog10());
    println!("{} {} {}", (-7i32).rem_euclid(3), (-7i32).div_euclid(3), 7i32.div_euclid(-3));
    println!("{} {}", (-7i32) % 3, (-7i32) / 3);
    println!("{} {} {}", 10u32.div_ceil(3), 10u32.next_multiple_of(4), 17u32.is_power_of_two());
    println!("{} {:?}", 17u32.next_power_of_two(), 200u8.checked_next_power_of_two());
    println!("{} {}", i32::MAX.wrapping_add(1) == i32::MIN, u16::MAX.count_ones());
    println!("{} {}", u64::MAX.saturating_mul(2), i64::MIN.saturating_sub(1));
    println!("{}", (0..8u8).map(|s| 1u8.wrapping_shl(s as u32)).map(|v| v.to_string()).collect::<Vec<_>>().join(" "));
    println!("{} {}", 5u8.midpoint(10), (-3i32).pow(3));
    println!("{:?}", 250u8.checked_add_signed(-10));
    println!("{}", 5u32.saturating_sub(7).max(1));
}
