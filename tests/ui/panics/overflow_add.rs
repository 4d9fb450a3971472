// u8 addition overflow panics in a debug build.
fn add(a: u8, b: u8) -> u8 {
    a + b
}

fn main() {
    println!("{}", add(200, 55));
    println!("{}", 200u8.wrapping_add(56));
    println!("{}", add(200, 56));
}
