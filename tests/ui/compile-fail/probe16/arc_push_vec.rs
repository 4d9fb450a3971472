//@ compile-fail
// Calling push on a Vec inside an Arc (E0596).
use std::sync::Arc;
fn main() {
    let a = Arc::new(vec![1]);
    a.push(2); //~ ERROR E0596
    println!("{}", a.len());
}
