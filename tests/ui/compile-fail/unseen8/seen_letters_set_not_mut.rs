//@ compile-fail
// An isogram check inserts letters into a HashSet declared without `mut`.
use std::collections::HashSet;

fn is_isogram(word: &str) -> bool {
    let seen = HashSet::new();
    for c in word.chars() {
        if !seen.insert(c.to_ascii_lowercase()) { //~ ERROR E0596
            return false;
        }
    }
    true
}

fn main() {
    println!("{}", is_isogram("lumberjacks"));
}
