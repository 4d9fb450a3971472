// Casts to and from i128/u128: every integer type, floats (saturating), bool and char; From and TryFrom.
fn main() {
    let big: u128 = (1u128 << 100) + 0x1234;
    println!("{} {} {} {}", big as u8, big as u16, big as u32, big as u64);
    println!("{} {} {} {}", big as i8, big as i16, big as i32, big as i64);
    println!("{} {} {}", big as usize, big as isize, big as i128);
    println!("{} {}", u128::MAX as i128, i128::MIN as u128);
    println!("{} {} {}", -1i8 as u128, -1i64 as i128, u64::MAX as i128);
    println!("{} {} {}", 255u8 as i128, -5i32 as u128, usize::MAX as u128);
    println!("{} {} {}", true as u128, 'z' as u128, 97u8 as char);
    println!("{} {}", big as f64, big as f32);
    println!("{} {}", u128::MAX as f32, i128::MIN as f64);
    println!("{} {} {}", 1e40 as u128, -1e40 as i128, -1.5 as u128);
    println!("{} {} {}", f64::NAN as i128, f32::INFINITY as u128, f64::NEG_INFINITY as i128);
    println!("{} {}", 3.99e30f64 as u128, -2.5e20f32 as i128);
    println!("{}", (u128::MAX as f64) as u128 == u128::MAX);
    let f: u128 = u128::from(7u64) + u128::from(true) + u128::from('A');
    let g: i128 = i128::from(-3i64) + i128::from(u64::MAX) + i128::from(2u8);
    println!("{f} {g}");
    println!("{:?} {:?}", u64::try_from(big).is_err(), u8::try_from(200u128));
    println!("{:?} {:?}", i128::try_from(u128::MAX).is_err(), u128::try_from(-1i128).is_err());
    println!("{:?} {:?}", u128::try_from(5usize), i32::try_from(-7i128));
    let n: i64 = (-12345i128).try_into().unwrap();
    println!("{n}");
}
