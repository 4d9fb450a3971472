//@ compile-fail
// i32::max given an i64 (E0308).
fn main() {
    let a: i32 = 1;
    let b: i64 = 2;
    println!("{}", a.max(b)); //~ ERROR E0308
}
