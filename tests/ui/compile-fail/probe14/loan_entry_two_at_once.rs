//@ compile-fail
// Two `entry(..).or_insert` results alive at once.
use std::collections::HashMap;
fn main() {
    let mut m: HashMap<u8, i32> = HashMap::new();
    let a = m.entry(1).or_insert(0);
    let b = m.entry(2).or_insert(0); //~ ERROR E0499
    *a += *b;
}
