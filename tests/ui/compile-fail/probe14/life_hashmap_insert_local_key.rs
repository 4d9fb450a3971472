//@ compile-fail
// Inserting `&local` as a key into an outer HashMap.
use std::collections::HashMap;
fn main() {
    let mut m: HashMap<&str, i32> = HashMap::new();
    {
        let k = String::from("k");
        m.insert(&k, 1); //~ ERROR E0597
    }
    println!("{}", m.len());
}
