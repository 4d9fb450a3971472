//@ compile-fail
// 3_000_000_000i32 overflows an i32.
fn main() {
    let x = 3_000_000_000i32; //~ ERROR literal out of range for `i32`
    println!("{}", x);
}
