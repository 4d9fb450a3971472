// MIN and MAX of every integer width, and their sizes in bytes.
fn main() {
    println!("i8 {} {} {}", i8::MIN, i8::MAX, std::mem::size_of::<i8>());
    println!("i16 {} {} {}", i16::MIN, i16::MAX, std::mem::size_of::<i16>());
    println!("i32 {} {} {}", i32::MIN, i32::MAX, std::mem::size_of::<i32>());
    println!("i64 {} {} {}", i64::MIN, i64::MAX, std::mem::size_of::<i64>());
    println!("i128 {} {} {}", i128::MIN, i128::MAX, std::mem::size_of::<i128>());
    println!("isize {} {} {}", isize::MIN, isize::MAX, std::mem::size_of::<isize>());
    println!("u8 {} {} {}", u8::MIN, u8::MAX, std::mem::size_of::<u8>());
    println!("u16 {} {} {}", u16::MIN, u16::MAX, std::mem::size_of::<u16>());
    println!("u32 {} {} {}", u32::MIN, u32::MAX, std::mem::size_of::<u32>());
    println!("u64 {} {} {}", u64::MIN, u64::MAX, std::mem::size_of::<u64>());
    println!("u128 {} {} {}", u128::MIN, u128::MAX, std::mem::size_of::<u128>());
    println!("usize {} {} {}", usize::MIN, usize::MAX, std::mem::size_of::<usize>());
}
