//@ compile-fail
// u8::from(i32) has no impl (E0277).
fn main() {
    let n: i32 = 5;
    let b = u8::from(n); //~ ERROR E0277
    println!("{}", b);
}
