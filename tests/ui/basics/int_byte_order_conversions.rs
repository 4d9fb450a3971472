// from_be_bytes/from_le_bytes and to_be_bytes/to_le_bytes on several integer widths, negative ones included.
fn main() {
    let tag = u32::from_be_bytes([0x49, 0x48, 0x44, 0x52]);
    let le = u32::from_le_bytes([0x49, 0x48, 0x44, 0x52]);
    println!("{:#x} {:#x}", tag, le);
    println!("{:?} {:?}", 0x1234u16.to_be_bytes(), 0x1234u16.to_le_bytes());
    println!("{:?}", (-2i32).to_be_bytes());
    println!("{}", i16::from_be_bytes([0xff, 0xfe]));
    println!("{}", i64::from_le_bytes((-123456789i64).to_le_bytes()));
    println!("{:?} {}", 200u8.to_be_bytes(), i8::from_le_bytes([0x80]));
    println!("{:?}", usize::MAX.to_le_bytes());
}
