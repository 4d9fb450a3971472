//@ compile-fail
// A Morse decoder table is built in a function and returned by reference.
use std::collections::HashMap;

fn decoder<'a>() -> &'a HashMap<&'static str, char> {
    let mut table = HashMap::new();
    table.insert("...", 'S');
    table.insert("---", 'O');
    &table //~ ERROR E0515
}

fn main() {
    println!("{:?}", decoder().get("..."));
}
