//@ compile-fail
// A closure defined outside any unsafe block reads through a raw pointer.
fn main() {
    let x = 7;
    let p = &x as *const i32;
    let read = || *p + 1; //~ ERROR E0133
    println!("{}", read());
}
