//@ compile-fail
// Passing a u8 to a u32 parameter (E0308).
fn f(x: u32) -> u32 { x }
fn main() {
    let b: u8 = 1;
    println!("{}", f(b)); //~ ERROR E0308
}
