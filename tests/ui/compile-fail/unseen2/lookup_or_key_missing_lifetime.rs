//@ compile-fail
// Returning `key` where the signature promises the map's lifetime.
use std::collections::HashMap;

fn lookup<'a>(map: &'a HashMap<String, String>, key: &str) -> &'a str {
    match map.get(key) { //~ ERROR E0621
        Some(v) => v.as_str(),
        None => key,
    }
}

fn main() {
    let mut m = HashMap::new();
    m.insert(String::from("fr"), String::from("bonjour"));
    println!("{} {}", lookup(&m, "fr"), lookup(&m, "de"));
}
