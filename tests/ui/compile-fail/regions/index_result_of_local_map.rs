//@ compile-fail
// The neighbour of `codes[&c]` holding only the map's borrow: here the map itself is a local.
use std::collections::BTreeMap;

fn code_of(c: char) -> &'static str {
    let mut codes = BTreeMap::new();
    codes.insert('a', String::from("01"));
    codes[&c].as_str() //~ ERROR E0515
}

fn main() {
    println!("{}", code_of('a'));
}
