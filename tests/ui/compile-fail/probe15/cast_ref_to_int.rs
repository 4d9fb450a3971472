//@ compile-fail
// Casting a &i32 to i64 (E0606).
fn main() {
    let x = 5;
    let r = &x;
    println!("{}", r as i64); //~ ERROR E0606
}
