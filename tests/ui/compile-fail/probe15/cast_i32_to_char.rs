//@ compile-fail
// Casting an i32 to char (E0604).
fn main() {
    let n: i32 = 66;
    println!("{}", n as char); //~ ERROR E0604
}
