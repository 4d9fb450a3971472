//@ compile-fail
// Adding a u8 and a u32 (E0308).
fn main() {
    let a: u8 = 1;
    let b: u32 = 2;
    println!("{}", a + b); //~ ERROR E0308
    //~^ ERROR E0277
}
