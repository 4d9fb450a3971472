//@ compile-fail
// Passing `&i32` where `i32` is expected.
fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn main() {
    let x = 1;
    let r = &x;
    println!("{}", add(r, 2)); //~ ERROR E0308
}
