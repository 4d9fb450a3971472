// entry().or_insert returns a &mut into the map that is used right away; the map is read afterwards in the same loop body.
use std::collections::HashMap;

fn main() {
    let mut freq: HashMap<char, usize> = HashMap::new();
    for c in "mississippi".chars() {
        let slot = freq.entry(c).or_insert(0);
        *slot += 1;
        if freq.len() > 3 {
            println!("more than 3 letters at {}", c);
        }
    }
    let mut v: Vec<(char, usize)> = freq.into_iter().collect();
    v.sort();
    println!("{:?}", v);
}
