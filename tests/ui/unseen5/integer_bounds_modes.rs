// Checked, wrapping, saturating and overflowing arithmetic on a thermostat's small integers.
fn clamp_adjust(current: i8, delta: i8) -> i8 {
    current.saturating_add(delta)
}

fn main() {
    let temps: [i8; 4] = [20, 120, -120, 0];
    for t in temps {
        println!(
            "{:>4}: checked {:?} wrapping {} saturating {} overflowing {:?}",
            t,
            t.checked_add(10),
            t.wrapping_add(10),
            clamp_adjust(t, 10),
            t.overflowing_sub(10)
        );
    }
    let levels: [u8; 3] = [0, 128, 255];
    for l in levels {
        println!("{:>3}: x2 {:?} / wrap {} / sat {}", l, l.checked_mul(2), l.wrapping_mul(2), l.saturating_mul(2));
    }
    let big: u32 = 4_000_000_000;
    println!("{} as i32 = {}", big, big as i32);
    println!("{} as u8 = {}", 300i32, 300i32 as u8);
    println!("-1i16 as u16 = {}", -1i16 as u16);
    println!("i64::MIN.checked_abs() = {:?}", i64::MIN.checked_abs());
    println!("7i32.pow(3) = {}, 2u64.checked_pow(70) = {:?}", 7i32.pow(3), 2u64.checked_pow(70));
    println!("-7 / 2 = {}, -7 % 2 = {}, (-7i32).rem_euclid(2) = {}", -7 / 2, -7 % 2, (-7i32).rem_euclid(2));
}
