//@ compile-fail
// Mutating through an Arc without a Mutex (E0596).
use std::sync::Arc;
fn main() {
    let a = Arc::new(vec![1]);
    a.push(2); //~ ERROR E0596
    println!("{:?}", a);
}
