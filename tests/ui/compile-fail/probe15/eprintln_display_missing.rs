//@ compile-fail
// eprintln! `{}` on a HashMap (E0277).
use std::collections::HashMap;
fn main() {
    let m: HashMap<i32, i32> = HashMap::new();
    eprintln!("{}", m); //~ ERROR E0277
}
