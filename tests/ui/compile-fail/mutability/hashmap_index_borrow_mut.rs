//@ compile-fail
// `&mut m[k]` needs IndexMut, which HashMap does not implement
use std::collections::HashMap;

fn main() {
    let mut m: HashMap<String, Vec<i32>> = HashMap::new();
    m.insert(String::from("k"), vec![1]);
    let v = &mut m["k"]; //~ ERROR E0596
    v.push(2);
    println!("{:?}", m);
}
