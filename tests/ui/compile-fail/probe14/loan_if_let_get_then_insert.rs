//@ compile-fail
// `if let Some(x) = m.get(..)` then inserting in the arm while `x` is used.
use std::collections::HashMap;
fn main() {
    let mut m: HashMap<i32, String> = HashMap::new();
    m.insert(1, "a".into());
    if let Some(x) = m.get(&1) {
        m.insert(2, x.clone()); //~ ERROR E0502
        println!("{}", x);
    }
}
