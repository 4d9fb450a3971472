//@ compile-fail
// u32 into u8 (lossy) with .into() (E0277).
fn main() {
    let x: u32 = 5;
    let y: u8 = x.into(); //~ ERROR E0277
    println!("{}", y);
}
