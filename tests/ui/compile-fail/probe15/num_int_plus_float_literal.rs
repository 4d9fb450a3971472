//@ compile-fail
// Adding a float literal to an i32 (E0277).
fn main() {
    let n: i32 = 2;
    println!("{}", n + 0.5); //~ ERROR E0277
}
