// `u8 as char` is allowed, and `char::from_u32` for a u32.
fn main() {
    let b: u8 = 65;
    let n: u32 = 66;
    println!("{} {:?}", b as char, char::from_u32(n));
    println!("{}", 'a' as u32 + 1);
}
