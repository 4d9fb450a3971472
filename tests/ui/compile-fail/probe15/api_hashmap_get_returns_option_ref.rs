//@ compile-fail
// HashMap::get's Option<&V> bound to Option<V> (E0308).
use std::collections::HashMap;
fn main() {
    let mut m = HashMap::new();
    m.insert(1, 2);
    let v: Option<i32> = m.get(&1); //~ ERROR E0308
    println!("{:?}", v);
}
