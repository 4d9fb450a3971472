// The integer methods a learner meets: checked, wrapping, saturating, overflowing, pow, bit counts and Euclid.
fn describe(x: u16) {
    println!(
        "{:>5} = {:#018b} ones={:>2} lz={:>2} tz={:>2} pow2={} next_pow2={}",
        x,
        x,
        x.count_ones(),
        x.leading_zeros(),
        x.trailing_zeros(),
        x.is_power_of_two(),
        x.checked_next_power_of_two().map_or(-1, |v| v as i32)
    );
}

fn main() {
    for x in [1u16, 6, 40_000, 32_768, 0] {
        describe(x);
    }
    let a: i8 = 100;
    println!("checked_add {:?} {:?}", a.checked_add(27), a.checked_add(28));
    println!("wrapping_add {} wrapping_mul {}", a.wrapping_add(100), a.wrapping_mul(3));
    println!("saturating {} {}", a.saturating_add(100), (-a).saturating_sub(100));
    println!("overflowing {:?} {:?}", a.overflowing_add(27), a.overflowing_add(28));
    println!("abs/neg {:?} {:?} {}", i8::MIN.checked_abs(), i8::MIN.checked_neg(), i8::MIN.wrapping_abs());
    println!("pow {} {:?} {:?}", 3u32.pow(10), 2u32.checked_pow(31), 2u32.checked_pow(32));
    println!("rem -7 % 3 = {}, rem_euclid = {}, div_euclid = {}", -7 % 3, (-7i32).rem_euclid(3), (-7i32).div_euclid(3));
    println!("rotate {:#x} {:#x}", 0x1234u16.rotate_left(4), 0x1234u16.rotate_right(4));
    println!("swap_bytes {:#06x} reverse_bits {:#010b}", 0x1234u16.swap_bytes(), 0b0000_0110u8.reverse_bits());
    println!("abs_diff {} signum {} {}", 3u8.abs_diff(250), (-5i32).signum(), 0i32.signum());
    println!("min/max {} {} clamp {}", i16::MIN, u32::MAX, 300i32.clamp(0, 255));
    let mut total: u8 = 0;
    let mut wrapped = 0;
    for v in [120u8, 90, 60, 30] {
        let (t, o) = total.overflowing_add(v);
        total = t;
        if o {
            wrapped += 1;
        }
    }
    println!("total {} wrapped {} times", total, wrapped);
    println!("isqrt-ish {}", (1..=100u32).take_while(|k| k * k <= 2000).last().unwrap());
}
