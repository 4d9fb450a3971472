// HashSet: insert results, contains, remove, set operations printed sorted, from iterators, retain.
use std::collections::HashSet;

fn sorted<T: Ord + Clone>(s: &HashSet<T>) -> Vec<T> {
    let mut v: Vec<T> = s.iter().cloned().collect();
    v.sort();
    v
}

fn main() {
    let mut seen = HashSet::new();
    for x in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5] {
        if !seen.insert(x) {
            print!("dup:{} ", x);
        }
    }
    println!();
    println!("{:?} {}", sorted(&seen), seen.len());
    println!("{} {}", seen.contains(&4), seen.remove(&4));
    println!("{} {}", seen.contains(&4), seen.remove(&4));
    let a: HashSet<char> = "hello".chars().collect();
    let b: HashSet<char> = "world".chars().collect();
    let mut common: Vec<&char> = a.intersection(&b).collect();
    common.sort();
    println!("{:?}", common);
    let mut all: Vec<char> = a.union(&b).copied().collect();
    all.sort();
    println!("{:?}", all);
    let mut only_a: Vec<_> = a.difference(&b).collect();
    only_a.sort();
    println!("{:?}", only_a);
    let mut sym: Vec<_> = a.symmetric_difference(&b).collect();
    sym.sort_unstable();
    println!("{:?}", sym);
    println!("{} {}", a.is_subset(&b), HashSet::from(['h']).is_subset(&a));
    let mut names: HashSet<String> = HashSet::new();
    names.insert("ann".to_string());
    println!("{}", names.insert("ann".to_string()));
    println!("{}", names.contains("ann"));
    let mut nums: HashSet<i32> = (1..=10).collect();
    nums.retain(|n| n % 2 == 0);
    println!("{:?}", sorted(&nums));
    let words = ["apple", "bob", "apple", "cat", "bob"];
    let unique: HashSet<&str> = words.iter().copied().collect();
    println!("{}", unique.len());
    let has_dup = words.len() != unique.len();
    println!("has dup {}", has_dup);
    let mut s2 = HashSet::with_capacity(4);
    s2.extend(vec![1u8, 2, 2, 3]);
    println!("{:?} {}", sorted(&s2), s2.is_empty());
    println!("{:?}", s2.get(&2));
    println!("{:?}", s2.take(&3));
    s2.clear();
    println!("{}", s2.len());
}
