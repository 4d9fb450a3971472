//@ compile-fail
// NLL problem case 3 on a HashMap passed as `&mut`.
use std::collections::HashMap;
fn lookup(m: &mut HashMap<u32, String>, k: u32) -> &mut String {
    if let Some(s) = m.get_mut(&k) {
        return s;
    }
    m.insert(k, String::new()); //~ ERROR E0499
    m.get_mut(&k).unwrap() //~ ERROR E0499
}
fn main() {
    let mut m = HashMap::new();
    lookup(&mut m, 1).push('a');
}
