//@ compile-fail
// Comparing a Vec<i32> with a Vec<&str> (E0277).
fn main() {
    let a = vec![1];
    let b = vec!["1"];
    println!("{}", a == b); //~ ERROR E0277
}
