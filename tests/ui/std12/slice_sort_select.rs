// Sorting: sort_unstable_by, sort_by_key with Reverse, sort_by with then_with, f64 total_cmp, select_nth_unstable, is_sorted.
use std::cmp::Reverse;

fn main() {
    let mut v = vec![5, 1, 4, 1, 5, 9, 2, 6];
    v.sort_unstable_by(|a, b| b.cmp(a));
    println!("{:?}", v);
    v.sort_by_key(|&x| Reverse(x % 3));
    println!("{:?}", v);
    let mut words = vec!["pear", "fig", "apple", "kiwi", "banana", "date"];
    words.sort_by(|a, b| a.len().cmp(&b.len()).then_with(|| b.cmp(a)));
    println!("{:?}", words);
    words.sort_unstable();
    println!("{:?}", words);
    let mut floats = vec![2.5, -1.0, f64::INFINITY, 0.0, -0.0, 1e-3];
    floats.sort_by(|a, b| a.total_cmp(b));
    println!("{:?}", floats);
    floats.sort_by(|a, b| b.partial_cmp(a).unwrap());
    println!("{:?}", floats);
    let mut nums = vec![9, 3, 7, 1, 8, 2, 5];
    let (lo, mid, hi) = nums.select_nth_unstable(3);
    let mut lo = lo.to_vec();
    lo.sort();
    let mut hi = hi.to_vec();
    hi.sort();
    println!("{:?} {} {:?}", lo, mid, hi);
    println!("{} {} {}", [1, 2, 2, 3].is_sorted(), [3, 1].is_sorted(), [0u8; 0].is_sorted());
    println!("{}", ["a", "bb", "ccc"].is_sorted_by_key(|s| s.len()));
    println!("{}", [3, 2, 1].is_sorted_by(|a, b| a >= b));
    let mut pairs = vec![(2, 'b'), (1, 'z'), (2, 'a'), (1, 'y')];
    pairs.sort_by_key(|p| p.0);
    println!("{:?}", pairs);
    pairs.sort();
    println!("{:?}", pairs);
    let mut names: Vec<String> = ["Bob", "alice", "Carol"].iter().map(|s| s.to_string()).collect();
    names.sort_by_key(|s| s.to_lowercase());
    println!("{:?}", names);
    let mut chars: Vec<char> = "sorting".chars().collect();
    chars.sort_unstable();
    chars.dedup();
    println!("{}", chars.iter().collect::<String>());
}
