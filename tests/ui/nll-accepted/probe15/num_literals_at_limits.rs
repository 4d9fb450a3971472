// Literals at the edges of their types.
fn main() {
    let a: u8 = 255;
    let b: i8 = -128;
    let c: u16 = 65535;
    let d = 2_147_483_647i32;
    println!("{} {} {} {}", a, b, c, d);
}
