// BTreeSet: union, intersection, difference, symmetric_difference, range, first/last, is_subset, insert results.
use std::collections::BTreeSet;

fn main() {
    let a: BTreeSet<i32> = [1, 3, 5, 7, 9].into_iter().collect();
    let b: BTreeSet<i32> = (3..8).collect();
    println!("{:?}", a.union(&b).collect::<Vec<_>>());
    println!("{:?}", a.intersection(&b).cloned().collect::<Vec<i32>>());
    println!("{:?}", a.difference(&b).collect::<Vec<_>>());
    println!("{:?}", a.symmetric_difference(&b).collect::<BTreeSet<_>>());
    let u: BTreeSet<i32> = &a | &b;
    let i = &a & &b;
    let d = &a - &b;
    println!("{:?} {:?} {:?}", u, i, d);
    println!("{:?} {:?}", a.first(), b.last());
    println!("{:?}", a.range(2..=7).collect::<Vec<_>>());
    let small: BTreeSet<i32> = [3, 5].into();
    println!("{} {} {}", small.is_subset(&a), a.is_superset(&small), a.is_disjoint(&BTreeSet::from([2, 4])));
    let mut words = BTreeSet::new();
    for w in "the quick brown fox jumps over the lazy dog the end".split(' ') {
        if !words.insert(w) {
            println!("dup {}", w);
        }
    }
    println!("{:?} {}", words, words.len());
    println!("{} {}", words.contains("fox"), words.remove("cat"));
    println!("{:?} {:?}", words.pop_first(), words.pop_last());
    words.retain(|w| w.len() > 3);
    println!("{:?}", words);
    let letters: BTreeSet<char> = "hello world".chars().filter(|c| c.is_alphabetic()).collect();
    let s: String = letters.iter().collect();
    println!("{}", s);
    let mut owned: BTreeSet<String> = BTreeSet::new();
    owned.insert("b".to_string());
    owned.insert("a".to_string());
    println!("{} {:?}", owned.insert("a".to_string()), owned);
    println!("{:?}", owned.iter().next_back());
    let taken = owned.take("a");
    println!("{:?} {:?}", taken, owned);
}
