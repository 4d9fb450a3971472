//@ compile-fail
// Casting a String to a u32 (E0605).
fn main() {
    let s = String::from("5");
    let n = s as u32; //~ ERROR E0605
    println!("{}", n);
}
