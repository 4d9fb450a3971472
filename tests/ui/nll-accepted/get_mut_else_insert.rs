// `if let Some(v) = map.get_mut(k) { .. } else { map.insert(..) }` is accepted by NLL.
use std::collections::HashMap;

fn add(map: &mut HashMap<String, Vec<u32>>, k: &str, x: u32) {
    if let Some(list) = map.get_mut(k) {
        list.push(x);
    } else {
        map.insert(k.to_string(), vec![x]);
    }
}

fn main() {
    let mut m = HashMap::new();
    add(&mut m, "a", 1);
    add(&mut m, "a", 2);
    add(&mut m, "b", 3);
    println!("{:?} {:?}", m["a"], m["b"]);
}
