//@ compile-fail
// u8::try_from(i32) gives a Result; used as u8 (E0308).
fn main() {
    let x: i32 = 5;
    let y: u8 = u8::try_from(x); //~ ERROR E0308
    println!("{}", y);
}
