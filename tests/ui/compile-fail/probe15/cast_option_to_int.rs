//@ compile-fail
// Casting an Option<i32> to i32 (E0605).
fn main() {
    let o = Some(1);
    println!("{}", o as i32); //~ ERROR E0605
}
