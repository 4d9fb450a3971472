//@ compile-fail
// Casting a &str to an i32 (E0606).
fn main() {
    let s = "5";
    let n = s as i32; //~ ERROR E0606
    println!("{}", n);
}
