// `as` between integer types truncates, sign-extends or reinterprets bits.
fn main() {
    println!("{}", 300i32 as u8);
    println!("{}", -1i32 as u8);
    println!("{}", -1i8 as u32);
    println!("{}", 255u8 as i8);
    println!("{}", 65536u32 as u16);
    println!("{}", -129i32 as i8);
    println!("{}", u64::MAX as i64);
    println!("{}", i64::MIN as u64);
    println!("{}", 'A' as u32);
    println!("{}", 97u8 as char);
    println!("{}", true as i32);
    println!("{}", false as u8);
    println!("{}", 1_000_000i64 as i16);
    println!("{}", -5i32 as usize);
}
