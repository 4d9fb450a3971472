//@ compile-fail
// Reading a `static mut` outside `unsafe` is E0133.
static mut LEVEL: u32 = 3;
fn main() {
    let x = LEVEL; //~ ERROR E0133
    println!("{x}");
}
