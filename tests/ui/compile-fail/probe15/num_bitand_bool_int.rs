//@ compile-fail
// `&` between a bool and an integer (E0277).
fn main() {
    let b = true;
    let n = 1;
    println!("{}", b & n); //~ ERROR E0277
}
