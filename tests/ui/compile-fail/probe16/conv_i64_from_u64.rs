//@ compile-fail
// i64::from(u64) does not exist (E0277).
fn main() {
    let x: u64 = 5;
    let y = i64::from(x); //~ ERROR E0277
    println!("{}", y);
}
