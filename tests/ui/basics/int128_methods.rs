// i128/u128 methods: wrapping_, checked_, saturating_, overflowing_ ops, pow, abs, bit counting, rotations, euclid, ilog.
fn main() {
    let m = u128::MAX;
    let s = i128::MIN;
    println!("{} {} {}", m.wrapping_add(2), m.wrapping_mul(3), 0u128.wrapping_sub(1) == m);
    println!("{:?} {:?} {:?}", m.checked_add(1), 5u128.checked_sub(6), (m / 2).checked_mul(2));
    println!("{} {} {}", m.saturating_add(9), 3u128.saturating_sub(9), s.saturating_sub(1) == s);
    println!("{} {}", i128::MAX.saturating_mul(-2) == s, s.saturating_mul(-1) == i128::MAX);
    println!("{:?} {:?}", m.overflowing_add(1), s.overflowing_sub(1));
    println!("{:?} {:?} {:?}", s.checked_neg(), s.checked_abs(), s.wrapping_abs() == s);
    println!("{:?} {:?}", s.checked_div(-1), 7i128.checked_rem(0));
    println!("{} {}", s.wrapping_div(-1) == s, s.wrapping_rem(-1));
    println!("{} {} {}", (-7i128).rem_euclid(3), (-7i128).div_euclid(3), (-7i128).abs());
    println!("{} {:?} {:?}", 2u128.pow(127), 2u128.checked_pow(128), 10i128.checked_pow(38));
    println!("{} {} {:?}", 3u128.wrapping_pow(100), 3i128.saturating_pow(100), 2i128.overflowing_pow(127));
    let bits: u128 = 0xF000_0000_0000_0000_0000_0000_0000_000F;
    println!("{} {} {}", bits.count_ones(), bits.leading_zeros(), bits.trailing_zeros());
    println!("{} {} {}", 1u128.leading_zeros(), 0u128.trailing_zeros(), (-1i128).count_zeros());
    println!("{} {}", (-1i128).leading_ones(), 7u128.trailing_ones());
    println!("{:#x} {:#x}", bits.rotate_left(4), bits.rotate_right(8));
    println!("{:#x} {:#x}", 0x0102u128.swap_bytes(), 1u128.reverse_bits());
    println!("{} {}", (1u128 << 100).is_power_of_two(), ((1u128 << 100) + 1).next_power_of_two() == 1 << 101);
    println!("{} {}", (-5i128).signum(), (-5i128).unsigned_abs());
    println!("{} {}", 10i128.abs_diff(-10), 3u128.abs_diff(10));
    println!("{:?} {:?}", 1u128.checked_shl(127), 1u128.checked_shl(128));
    println!("{} {}", (1u128 << 127).wrapping_shl(1), (-8i128).wrapping_shr(1));
    println!("{} {} {}", m.ilog2(), m.ilog10(), 1000u128.ilog(10));
    println!("{} {}", (u64::MAX as u128 * u64::MAX as u128).isqrt(), 99i128.isqrt());
    println!("{} {}", 5i128.min(-5), 5u128.max(6));
    println!("{} {}", 7u128.clamp(1, 5), (-9i128).clamp(-3, 3));
    println!("{} {}", m.is_multiple_of(5), (u128::MAX - 1).midpoint(u128::MAX));
    println!("{:?}", 10u128.checked_next_multiple_of(7));
}
