// HashSet insert/contains and set operations, results sorted before printing.
use std::collections::HashSet;

fn sorted(s: impl Iterator<Item = i32>) -> Vec<i32> {
    let mut v: Vec<i32> = s.collect();
    v.sort();
    v
}

fn main() {
    let a: HashSet<i32> = [1, 2, 3, 4].into_iter().collect();
    let b: HashSet<i32> = [3, 4, 5].into_iter().collect();
    println!("{:?}", sorted(a.union(&b).copied()));
    println!("{:?}", sorted(a.intersection(&b).copied()));
    println!("{:?}", sorted(a.difference(&b).copied()));
    println!("{:?}", sorted(a.symmetric_difference(&b).copied()));
    let mut s = HashSet::new();
    println!("{} {}", s.insert("x"), s.insert("x"));
    println!("{} {} {}", s.contains("x"), s.contains("y"), s.len());
    println!("{}", a.is_subset(&b));
}
