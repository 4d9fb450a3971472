//@ compile-fail
// The numbers of one entry are borrowed from the phone book, then a new name is inserted before printing them.
use std::collections::BTreeMap;

fn main() {
    let mut book: BTreeMap<String, Vec<String>> = BTreeMap::new();
    book.insert("alice".to_string(), vec!["555-0000".to_string()]);
    let numbers = book.get("alice").unwrap();
    book.insert("bob".to_string(), vec![]); //~ ERROR E0502
    println!("alice: {:?}", numbers);
}
