//@ compile-fail
// A HashSet<f64> insert (E0277: f64 is not Hash/Eq).
use std::collections::HashSet;
fn main() {
    let mut s = HashSet::new();
    s.insert(1.5f64); //~ ERROR E0277
    //~^ ERROR E0277
    println!("{}", s.len());
}
