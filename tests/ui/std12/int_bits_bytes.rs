// Integer bits and bytes: leading/trailing zeros and ones, count_ones, rotate, swap_bytes, reverse_bits, to/from be/le bytes, casts between widths.
fn main() {
    for v in [0u8, 1, 0x80, 0xff, 0x18] {
        println!("{:#010b} lz {} tz {} lo {} to {} ones {}", v, v.leading_zeros(), v.trailing_zeros(), v.leading_ones(), v.trailing_ones(), v.count_ones());
    }
    println!("{} {} {}", (-1i32).leading_zeros(), 1i64.leading_zeros(), 0u128.trailing_zeros());
    println!("{:#x} {:#x}", 0x1234_5678u32.rotate_left(8), 0x1234_5678u32.rotate_right(4));
    println!("{:#x} {:#x}", 0x1234u16.swap_bytes(), 0x12345678u32.to_be());
    println!("{:#010b}", 0b0000_0110u8.reverse_bits());
    println!("{:?} {:?}", 0x0102_0304u32.to_be_bytes(), 0x0102_0304u32.to_le_bytes());
    println!("{} {}", u32::from_be_bytes([0, 0, 1, 0]), u32::from_le_bytes([0, 0, 1, 0]));
    println!("{} {:?}", i16::from_be_bytes([0xff, 0xfe]), (-2i16).to_ne_bytes().len());
    println!("{} {} {}", 300i32 as u8, -1i32 as u32, 3.99f64 as i32);
    println!("{} {} {}", -1.5f64 as u8, 1e10f64 as i32, f64::NAN as i32);
    println!("{} {} {}", 255u8 as i8, (-128i8) as u8, u64::MAX as f32);
    println!("{} {}", i64::MAX as f64, (u32::MAX as u64 + 1) as u32);
    println!("{:?} {:?}", u8::try_from(256i32), i8::try_from(-128i64));
    println!("{:?}", u32::try_from(-1i32).map_err(|e| e.to_string()));
    println!("{} {}", u16::from(200u8), i64::from(-5i32));
    println!("{} {}", u32::BITS, i128::BITS);
    println!("{} {}", usize::MAX == u64::MAX as usize, isize::MIN);
    let flags: u8 = 0b1010;
    let set = (0..8).filter(|i| flags & (1 << i) != 0).collect::<Vec<u8>>();
    println!("{:?}", set);
    let mut mask = 0u32;
    for bit in [0, 3, 31] {
        mask |= 1 << bit;
    }
    println!("{:#x} {} {}", mask, mask.count_ones(), !mask);
    println!("{}", (0x0fu8 ^ 0xff) & 0xf3);
    println!("{} {}", -17i32 >> 2, -17i32 as u32 >> 28);
}
