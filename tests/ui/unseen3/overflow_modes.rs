// Integer arithmetic: wrapping_, checked_, saturating_ and overflowing_ ops, pow, bit counting, casts between widths.
fn main() {
    let a: u8 = 250;
    println!("wrapping {} {} {}", a.wrapping_add(10), a.wrapping_mul(3), 0u8.wrapping_sub(1));
    println!("checked {:?} {:?} {:?}", a.checked_add(5), a.checked_add(6), 5u8.checked_sub(6));
    println!("saturating {} {} {}", a.saturating_add(100), 3u8.saturating_sub(9), (-100i8).saturating_sub(100));
    println!("overflowing {:?} {:?}", a.overflowing_add(10), 100i8.overflowing_mul(2));

    let x: i32 = i32::MAX;
    println!("{} {} {}", x.wrapping_add(1), x.checked_mul(2).is_none(), x.saturating_mul(-2));
    println!("{:?} {:?}", i32::MIN.checked_abs(), i32::MIN.wrapping_abs());
    println!("{:?} {:?}", i32::MIN.checked_neg(), (-7i32).checked_rem(0));
    println!("{} {}", (-7i32).rem_euclid(3), (-7i32).div_euclid(3));
    println!("{} {}", -7 / 3, -7 % 3);

    println!("pow {} {:?} {:?}", 2u64.pow(40), 3u32.checked_pow(21), 3u32.checked_pow(20));
    println!("wrapping_pow {} saturating_pow {}", 3u8.wrapping_pow(5), 3u8.saturating_pow(5));
    let bits: u16 = 0b1011_0000_0000_0001;
    println!("ones {} lz {} tz {} swap {:#06x}", bits.count_ones(), bits.leading_zeros(), bits.trailing_zeros(), bits.swap_bytes());
    println!("rotate {:#018b} {:#x}", bits.rotate_left(4), 0x12345678u32.rotate_right(8));
    println!("is_power_of_two {} next {}", 64u32.is_power_of_two(), 100u32.next_power_of_two());

    println!("casts {} {} {} {}", 300i32 as u8, -1i32 as u32, 3.99f64 as i32, -3.99f64 as u8);
    println!("{} {} {}", u64::MAX as f32, 1e20 as i32, f64::NAN as u16);
    println!("{} {} {}", 200u8 as i8, -128i8 as u8 as i32, 65u8 as char);
    println!("{} {}", 'z' as u32, char::from_u32(0x263A).map_or('?', |c| c));
    println!("{:?} {:?}", u8::try_from(300i32).is_err(), i16::try_from(-5i64));
    let big: u32 = 70000;
    let small: Result<u16, _> = big.try_into();
    println!("{:?}", small.is_err());
    println!("min/max {} {} {} {}", i8::MIN, i8::MAX, u16::MAX, i64::MIN);
    println!("abs_diff {} signum {} {}", 3u32.abs_diff(10), (-5i32).signum(), 0i64.signum());
    println!("isqrt-ish {}", (1u64..).take_while(|k| k * k <= 1000).last().unwrap());

    let mut acc: u32 = 1;
    let mut steps = 0;
    while let Some(next) = acc.checked_mul(7) {
        acc = next;
        steps += 1;
    }
    println!("7^{} = {} fits in u32", steps, acc);
    let h = "overflow".bytes().fold(5381u32, |h, b| h.wrapping_mul(33) ^ b as u32);
    println!("djb2 {h}");
    println!("{}", i16::MAX.wrapping_add(1) == i16::MIN);
    println!("{}", usize::MAX.count_ones());
}
