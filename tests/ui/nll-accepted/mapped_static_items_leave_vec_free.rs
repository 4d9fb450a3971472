// Items copied out of a Vec of `&'static str` by a map closure or `copied()` do not borrow the Vec, which is then moved.
use std::collections::HashMap;

fn main() {
    let mut names: Vec<&'static str> = vec!["log", "app", "http"];
    names.sort();
    let seen: HashMap<&str, usize> = names.iter().map(|n| (*n, n.len())).collect();
    let firsts: Vec<&str> = names.iter().copied().filter(|n| n.len() > 3).collect();
    let longest = names.iter().map(|n| *n).max_by_key(|n| n.len());
    for name in names {
        println!("{} {}", name, seen[name]);
    }
    println!("{:?} {:?}", firsts, longest);
}
