//@ compile-fail
// An out-of-range literal before a type error: only the type error (E0308) is reported.
fn main() {
    let x: u8 = 300;
    let y: i32 = "a"; //~ ERROR E0308
    println!("{} {}", y, x);
}
