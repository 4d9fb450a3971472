//@ compile-fail
// The NLL problem case 3: a conditional return of a borrow keeps the map borrowed.
use std::collections::HashMap;

fn get_default(map: &mut HashMap<i32, String>, key: i32) -> &mut String {
    match map.get_mut(&key) {
        Some(v) => v,
        None => {
            map.insert(key, String::new()); //~ ERROR E0499
            map.get_mut(&key).unwrap() //~ ERROR E0499
        }
    }
}

fn main() {
    let mut m = HashMap::new();
    get_default(&mut m, 1).push('a');
    println!("{}", m[&1]);
}
