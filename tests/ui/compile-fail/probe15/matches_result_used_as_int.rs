//@ compile-fail
// matches! yields bool, added to an integer (E0277).
fn main() {
    let x = 3;
    let n: i32 = 1 + matches!(x, 1..=5); //~ ERROR E0277
    println!("{}", n);
}
