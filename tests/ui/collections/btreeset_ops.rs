// BTreeSet: sorted iteration, insert/remove, first/last, range, set operations collected, clone.
use std::collections::BTreeSet;

fn main() {
    let mut s = BTreeSet::new();
    for w in "the quick brown fox jumps over the lazy dog".split(' ') {
        if !s.insert(w.to_string()) {
            println!("already there: {w}");
        }
    }
    println!("{} {:?}", s.len(), s);
    println!("{:?} {:?}", s.first(), s.last());
    println!("{} {}", s.contains("fox"), s.remove("cat"));
    s.remove("fox");
    let short: Vec<&String> = s.iter().filter(|w| w.len() <= 4).collect();
    println!("{short:?}");
    let a: BTreeSet<i32> = (1..=12).map(|x| x * 2).collect();
    let b: BTreeSet<i32> = (1..=8).map(|x| x * 3).collect();
    let u: Vec<i32> = a.union(&b).cloned().collect();
    let i: Vec<&i32> = a.intersection(&b).collect();
    let d: Vec<&i32> = a.difference(&b).collect();
    let x: BTreeSet<i32> = a.symmetric_difference(&b).copied().collect();
    println!("{u:?}\n{i:?}\n{d:?}\n{x:?}");
    println!("{:?}", a.range(5..13).collect::<Vec<_>>());
    println!("{} {} {}", a.is_subset(&b), a.is_disjoint(&b), x.is_superset(&BTreeSet::from([2, 3])));
    let mut c = a.clone();
    println!("{:?} {:?} {}", c.pop_first(), c.pop_last(), c.len());
    println!("{:?}", c.iter().rev().take(3).collect::<Vec<_>>());
    let big: BTreeSet<u64> = (0..300).map(|n| n * 7 % 300).collect();
    println!("{} {:?} {:?}", big.len(), big.first(), big.iter().nth(150));
    let mut small = big.clone();
    for n in 0..290 {
        small.remove(&n);
    }
    println!("{small:?}");
    for v in small {
        print!("{v} ");
    }
    println!();
}
