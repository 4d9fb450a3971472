//@ compile-fail
// A type written in a signature and a body without its `use`: the import goes above the existing one.
use std::fmt;

struct Shelf {
    items: Vec<String>,
}

impl fmt::Display for Shelf {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}", self.items.join(", "))
    }
}

fn count(words: &[&str]) -> BTreeMap<String, usize> { //~ ERROR E0425
    let mut m = BTreeMap::new(); //~ ERROR E0433
    for w in words {
        *m.entry(w.to_string()).or_insert(0) += 1;
    }
    m
}

fn main() {
    let s = Shelf { items: vec!["a".to_string()] };
    println!("{} {:?}", s, count(&["a", "b", "a"]));
}
