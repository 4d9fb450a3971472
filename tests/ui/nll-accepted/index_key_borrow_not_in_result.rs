// `map[&key]` returns a reference into the map only: the key may be a local or a closure parameter.
use std::collections::{BTreeMap, HashMap};

fn lookup<'m>(codes: &'m BTreeMap<char, String>, c: char) -> &'m str {
    codes[&c].as_str()
}

fn label(names: &HashMap<String, String>, id: u32) -> &String {
    let key = format!("id{}", id);
    &names[&key]
}

fn main() {
    let mut codes = BTreeMap::new();
    codes.insert('a', String::from("01"));
    codes.insert('b', String::from("1"));
    let bits: Vec<&str> = "abba".chars().map(|c| codes[&c].as_str()).collect();
    println!("{} {:?}", lookup(&codes, 'b'), bits);
    let mut names = HashMap::new();
    names.insert(String::from("id7"), String::from("seven"));
    println!("{}", label(&names, 7));
}
