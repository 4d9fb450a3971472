// Removing duplicates while keeping first-seen order, using a HashSet as the "seen" filter.
use std::collections::HashSet;

fn main() {
    let items = ["b", "a", "b", "c", "a", "d"];
    let mut seen = HashSet::new();
    let unique: Vec<&str> = items.iter().copied().filter(|x| seen.insert(*x)).collect();
    println!("{unique:?}");
    println!("{}", seen.len());
}
