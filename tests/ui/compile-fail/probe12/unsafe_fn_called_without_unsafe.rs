//@ compile-fail
// Calling an `unsafe fn` outside `unsafe` is E0133.
unsafe fn risky() -> u32 {
    1
}
fn main() {
    println!("{}", risky()); //~ ERROR E0133
}
