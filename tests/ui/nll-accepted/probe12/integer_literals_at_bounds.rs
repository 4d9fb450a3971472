// Literals at the bounds of their types are accepted.
fn main() {
    let a: u8 = 255;
    let b: i8 = -128;
    let c = 127i8;
    let d: i32 = -2_147_483_648;
    let e = 0xffu8;
    println!("{a} {b} {c} {d} {e}");
}
