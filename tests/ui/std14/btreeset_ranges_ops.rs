// BTreeSet range with inclusive/exclusive bounds, intersection/difference/union/symmetric_difference collected, is_subset/is_disjoint, first/last/pop_first.
use std::collections::BTreeSet;

fn main() {
    let a: BTreeSet<i32> = [1, 3, 5, 7, 9, 11].into_iter().collect();
    let b: BTreeSet<i32> = (4..=10).collect();
    println!("{:?}", a.range(3..9).collect::<Vec<_>>());
    println!("{:?}", a.range(..=5).rev().collect::<Vec<_>>());
    println!("{:?}", a.range(8..).next());
    println!("{:?}", a.intersection(&b).collect::<Vec<_>>());
    println!("{:?}", a.difference(&b).cloned().collect::<Vec<i32>>());
    println!("{:?}", b.difference(&a).count());
    println!("{:?}", a.union(&b).copied().collect::<BTreeSet<i32>>());
    println!("{:?}", a.symmetric_difference(&b).collect::<Vec<_>>());
    let small: BTreeSet<i32> = [5, 7].into();
    println!("{} {} {}", small.is_subset(&a), a.is_superset(&small), small.is_disjoint(&b));
    let words: BTreeSet<&str> = "the quick brown fox jumps over the lazy dog".split(' ').collect();
    println!("{} {:?} {:?}", words.len(), words.first(), words.last());
    println!("{:?}", words.range("f".."p").collect::<Vec<_>>());
    let mut w = words.clone();
    println!("{:?} {:?} {}", w.pop_first(), w.pop_last(), w.len());
    w.retain(|s| s.len() > 3);
    println!("{:?}", w);
    let mut evens: BTreeSet<u32> = (0..20).step_by(2).collect();
    let removed = evens.remove(&4) && !evens.remove(&5);
    println!("{} {:?}", removed, evens.iter().rev().take(3).collect::<Vec<_>>());
    println!("{:?}", &a & &b);
}
