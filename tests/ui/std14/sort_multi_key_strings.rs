// Sorting strings with cmp chains: then_with, Reverse keys, sort_by_cached_key with to_lowercase, sort_unstable_by on tuples, is_sorted checks.
use std::cmp::{Ordering, Reverse};

#[derive(Debug, Clone)]
struct P { name: String, age: u32, score: f64 }

fn main() {
    let mut ps: Vec<P> = [("Eve", 30, 8.5), ("bob", 25, 9.0), ("Al", 30, 7.25), ("cy", 25, 9.0), ("Dan", 41, 6.0)]
        .iter().map(|&(n, a, s)| P { name: n.to_string(), age: a, score: s }).collect();
    ps.sort_by(|a, b| a.age.cmp(&b.age).then_with(|| b.score.partial_cmp(&a.score).unwrap()).then(a.name.cmp(&b.name)));
    println!("{:?}", ps.iter().map(|p| &p.name[..]).collect::<Vec<_>>());
    ps.sort_by_key(|p| Reverse(p.age));
    println!("{:?}", ps.iter().map(|p| (p.age, p.name.as_str())).collect::<Vec<_>>());
    ps.sort_by_cached_key(|p| p.name.to_lowercase());
    println!("{:?}", ps.iter().map(|p| p.name.clone()).collect::<Vec<_>>());
    ps.sort_by(|a, b| b.score.total_cmp(&a.score));
    println!("{:?}", ps.iter().map(|p| p.score).collect::<Vec<_>>());
    let mut words = vec!["delta", "Alpha", "charlie", "Bravo", "alpha"];
    words.sort();
    println!("{:?} {}", words, words.is_sorted());
    words.sort_by_key(|w| w.to_lowercase());
    println!("{:?}", words);
    words.sort_unstable_by(|a, b| a.len().cmp(&b.len()).then_with(|| a.cmp(b)));
    println!("{:?} {}", words, words.is_sorted_by_key(|w| w.len()));
    println!("{:?} {:?}", "a".cmp("B"), "a".to_lowercase().cmp(&"B".to_lowercase()));
    println!("{:?}", 1.0f64.partial_cmp(&f64::NAN));
    println!("{:?} {:?}", Ordering::Less.reverse(), Ordering::Equal.then(Ordering::Greater));
    let mut pairs = vec![(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')];
    pairs.sort_unstable();
    println!("{:?}", pairs);
}
