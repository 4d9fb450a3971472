// iter::repeat/once/from_fn/successors/empty/repeat_n and collect into HashSet, BTreeMap, String, Vec<String>.
use std::collections::{BTreeMap, HashSet};
use std::iter;

fn main() {
    let dashes: String = iter::repeat('-').take(10).collect();
    println!("{}", dashes);
    let words: Vec<String> = iter::repeat("ab").take(3).map(String::from).collect();
    println!("{:?}", words);
    let first: Vec<i32> = iter::once(0).chain(5..7).collect();
    println!("{:?}", first);
    let mut count = 0;
    let counter: Vec<i32> = iter::from_fn(|| {
        count += 1;
        if count <= 5 { Some(count * count) } else { None }
    }).collect();
    println!("{:?}", counter);
    let powers: Vec<u32> = iter::successors(Some(1u32), |&x| x.checked_mul(10)).collect();
    println!("{:?}", powers);
    let collatz: Vec<u64> = iter::successors(Some(27u64), |&n| if n == 1 { None } else if n % 2 == 0 { Some(n / 2) } else { Some(3 * n + 1) }).collect();
    println!("{} steps, max {:?}", collatz.len(), collatz.iter().max());
    let nothing: Vec<u8> = iter::empty().collect();
    println!("{:?}", nothing);
    let fib: Vec<u64> = iter::successors(Some((0u64, 1u64)), |&(a, b)| Some((b, a + b))).map(|p| p.0).take(12).collect();
    println!("{:?}", fib);
    let uniq: HashSet<char> = "mississippi".chars().collect();
    let mut u: Vec<_> = uniq.into_iter().collect();
    u.sort();
    println!("{:?}", u);
    let lengths: BTreeMap<&str, usize> = ["pear", "fig", "banana"].iter().map(|w| (*w, w.len())).collect();
    println!("{:?}", lengths);
    let s: String = vec!["a", "b", "c"].into_iter().collect();
    let s2: String = vec![String::from("x"), String::from("yz")].into_iter().collect();
    let s3: String = ['h', 'i'].iter().collect();
    println!("{} {} {}", s, s2, s3);
    let upper: String = "shout".chars().map(|c| c.to_ascii_uppercase()).collect();
    println!("{}", upper);
    let words: Vec<&str> = "one two three".split(' ').collect();
    let firsts: String = words.iter().flat_map(|w| w.chars().take(1)).collect();
    println!("{}", firsts);
    let all_chars: Vec<char> = words.iter().flat_map(|w| w.chars()).filter(|c| "aeiou".contains(*c)).collect();
    println!("{:?}", all_chars);
    let r: Vec<u8> = iter::repeat_n(7u8, 4).collect();
    println!("{:?}", r);
    let squares: Vec<String> = (1..=4).map(|i| (i * i).to_string()).collect();
    println!("{}", squares.concat());
    let set: std::collections::BTreeSet<i32> = [5, 1, 5, 3].into_iter().collect();
    println!("{:?}", set);
    let grid: Vec<Vec<char>> = ["ab", "cd"].iter().map(|r| r.chars().collect()).collect();
    println!("{:?}", grid);
}
