// HashMap insert, get, overwrite, remove, contains_key and len (no iteration order shown).
use std::collections::HashMap;

fn main() {
    let mut scores = HashMap::new();
    scores.insert(String::from("Blue"), 10);
    scores.insert(String::from("Yellow"), 50);
    println!("{:?}", scores.get("Blue"));
    println!("{:?}", scores.get("Red"));
    println!("{}", scores.get("Yellow").copied().unwrap_or(0));
    println!("{:?}", scores.insert(String::from("Blue"), 25));
    println!("{}", scores["Blue"]);
    println!("{}", scores.contains_key("Yellow"));
    println!("{:?}", scores.remove("Yellow"));
    println!("{:?}", scores.remove("Yellow"));
    println!("{}", scores.len());
}
