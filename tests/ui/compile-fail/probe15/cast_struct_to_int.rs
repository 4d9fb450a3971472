//@ compile-fail
// Casting a struct to an integer (E0605).
struct W(i32);
fn main() {
    let w = W(1);
    println!("{}", w as i32); //~ ERROR E0605
}
