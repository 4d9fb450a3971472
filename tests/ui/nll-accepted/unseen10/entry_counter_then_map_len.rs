// The &mut u32 from entry().or_insert() is used, then the map itself is read in the same loop body.
use std::collections::BTreeMap;

fn main() {
    let words = "to be or not to be that is".split(' ');
    let mut counts: BTreeMap<&str, u32> = BTreeMap::new();
    for w in words {
        let c = counts.entry(w).or_insert(0);
        *c += 1;
        let seen = *c;
        println!("{:<4} seen {} time(s), {} distinct so far", w, seen, counts.len());
    }
    println!("{:?}", counts);
}
