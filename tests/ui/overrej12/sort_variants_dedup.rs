// sort_by_key with Reverse, sort_unstable_by, binary_search, dedup, retain, drain, split_off
use std::cmp::Reverse;
fn main() {
    let mut v = vec![5, 3, 8, 3, 1, 8, 8, 2];
    v.sort_by_key(|&x| Reverse(x));
    println!("{:?}", v);
    v.dedup();
    println!("{:?}", v);
    v.sort_unstable_by(|a, b| a.cmp(b));
    println!("{:?} {:?} {:?}", v, v.binary_search(&5), v.binary_search(&4));
    let mut words = vec!["pear", "fig", "apple", "kiwi"];
    words.sort_by(|a, b| a.len().cmp(&b.len()).then_with(|| a.cmp(b)));
    println!("{:?}", words);
    words.retain(|w| w.len() > 3);
    let drained: Vec<&str> = words.drain(..1).collect();
    println!("{:?} {:?}", drained, words);
    let mut nums: Vec<i32> = (1..=10).collect();
    let tail = nums.split_off(7);
    nums.truncate(5);
    println!("{:?} {:?}", nums, tail);
    let mut people = vec![("bo", 30), ("al", 25), ("cy", 30)];
    people.sort_by_key(|&(n, a)| (Reverse(a), n));
    println!("{:?}", people);
}
