// Bitwise operators and shifts, arithmetic right shift on signed ints.
fn main() {
    let a: u8 = 0b1100_1010;
    let b: u8 = 0b0101_0110;
    println!("{:08b}", a & b);
    println!("{:08b}", a | b);
    println!("{:08b}", a ^ b);
    println!("{:08b}", !a);
    println!("{:08b}", a << 2);
    println!("{:08b}", a >> 3);
    println!("{}", -16i32 >> 2);
    println!("{}", 0xFFu32 << 24);
    println!("{:x}", 0xDEADu32.rotate_left(8));
    println!("{:x}", 0x1234u16.swap_bytes());
    println!("{}", 1u64 << 63);
}
