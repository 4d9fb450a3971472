// Check-time benchmark: passing tests/ui programs (iterators collections strings) as modules, about 200 lines.
mod adapters {
// map, filter, filter_map, take, skip, step_by, chain, rev, enumerate, zip.
pub fn main() {
    let v: Vec<i32> = (1..=10).collect();
    println!("{:?}", v.iter().map(|x| x * x).collect::<Vec<_>>());
    println!("{:?}", v.iter().filter(|&&x| x % 3 == 0).collect::<Vec<_>>());
    println!("{:?}", ["1", "a", "3"].iter().filter_map(|s| s.parse::<i32>().ok()).collect::<Vec<_>>());
    println!("{:?}", v.iter().skip(2).take(3).collect::<Vec<_>>());
    println!("{:?}", v.iter().step_by(4).collect::<Vec<_>>());
    println!("{:?}", (1..3).chain(7..9).collect::<Vec<_>>());
    println!("{:?}", v.iter().rev().take(2).collect::<Vec<_>>());
    println!("{:?}", "abc".chars().enumerate().collect::<Vec<_>>());
    println!("{:?}", "abc".chars().zip(1..).collect::<Vec<_>>());
    println!("{:?}", v.iter().take_while(|&&x| x < 4).collect::<Vec<_>>());
    println!("{:?}", v.iter().skip_while(|&&x| x < 8).collect::<Vec<_>>());
}
}
mod adapters_more {
// Iterator adapters written in the prelude: step_by, scan, flatten, by_ref, min/max_by_key, partition, unzip, cycle.
pub fn main() {
    let v: Vec<i32> = (0..20).step_by(3).collect();
    println!("{:?}", v);
    let w: Vec<i32> = v.iter().scan(0, |acc, &x| { *acc += x; Some(*acc) }).collect();
    println!("{:?}", w);
    let nested = vec![vec![1, 2], vec![], vec![3]];
    let flat: Vec<i32> = nested.into_iter().flatten().collect();
    println!("{:?}", flat);
    let mut r = 0..10;
    let firsts: Vec<i32> = r.by_ref().take(3).collect();
    let rest: i32 = r.sum();
    println!("{:?} {}", firsts, rest);
    let words = ["apple", "fig", "banana", "kiwi"];
    println!("{:?} {:?}", words.iter().min_by_key(|w| w.len()), words.iter().max_by_key(|w| w.len()));
    println!("{:?}", words.iter().max_by(|a, b| a.len().cmp(&b.len())));
    let (even, odd): (Vec<i32>, Vec<i32>) = (1..=10).partition(|x| x % 2 == 0);
    println!("{:?} {:?}", even, odd);
    println!("{}", ('a'..='e').count());
    let s: Vec<i32> = (1..10).skip_while(|x| *x < 4).take_while(|x| *x < 8).collect();
    println!("{:?}", s);
    println!("{:?}", (1..5).reduce(|a, b| a * b));
    let (a, b): (Vec<i32>, Vec<char>) = vec![(1, 'a'), (2, 'b')].into_iter().unzip();
    println!("{:?} {:?}", a, b);
    let c: Vec<i32> = (1..4).cycle().take(7).collect();
    println!("{:?}", c);
    println!("{:?}", ["1", "x", "3"].iter().find_map(|s| s.parse::<i32>().ok()));
}
}
mod chunks_windows_group {
// Pairs via windows, chunks_exact with remainder, and rev over chars.
pub fn main() {
    let v = [1, 4, 9, 16, 25, 36, 49];
    let diffs: Vec<i32> = v.windows(2).map(|w| w[1] - w[0]).collect();
    println!("{diffs:?}");
    let mut ch = v.chunks_exact(3);
    for c in ch.by_ref() {
        println!("{c:?}");
    }
    println!("rest {:?}", ch.remainder());
    let word = "stressed";
    println!("{}", word.chars().rev().collect::<String>());
    let sums: Vec<i32> = v.chunks(2).map(|c| c.iter().sum()).collect();
    println!("{sums:?}");
}
}
mod collect_targets {
// collect into Vec, String, HashMap and BTreeMap (maps printed through sorted or ordered views).
use std::collections::{BTreeMap, HashMap};

pub fn main() {
    let v: Vec<char> = "hello".chars().collect();
    println!("{v:?}");
    let s: String = v.iter().rev().collect();
    println!("{s}");
    let s2: String = vec!["a", "b", "c"].into_iter().collect();
    println!("{s2}");
    let m: HashMap<&str, usize> = ["one", "three", "two"].iter().map(|w| (*w, w.len())).collect();
    let mut keys: Vec<_> = m.keys().copied().collect();
    keys.sort();
    for k in keys {
        println!("{k} -> {}", m[k]);
    }
    let b: BTreeMap<usize, Vec<&str>> = ["x", "yy", "zz", "w"].iter().fold(BTreeMap::new(), |mut acc, w| {
        acc.entry(w.len()).or_insert_with(Vec::new).push(*w);
        acc
    });
    println!("{b:?}");
}
}
mod consumers {
// sum, product, count, min, max, min_by_key, fold, any, all, find, position, last, nth.
pub fn main() {
    let v = vec![3, 1, 4, 1, 5, 9, 2, 6];
    println!("{} {}", v.iter().sum::<i32>(), v.iter().product::<i32>());
    println!("{}", v.iter().count());
    println!("{:?} {:?}", v.iter().min(), v.iter().max());
    let words = ["apple", "fig", "banana"];
    println!("{:?} {:?}", words.iter().min_by_key(|w| w.len()), words.iter().max_by_key(|w| w.len()));
    println!("{}", v.iter().fold(0, |acc, x| acc * 10 + x));
    println!("{} {}", v.iter().any(|&x| x > 8), v.iter().all(|&x| x > 0));
    println!("{:?} {:?}", v.iter().find(|&&x| x > 4), v.iter().position(|&x| x == 1));
    println!("{:?} {:?}", v.iter().last(), v.iter().nth(2));
    println!("{:?}", v.iter().rposition(|&x| x == 1));
    let empty: Vec<i32> = vec![];
    println!("{:?} {}", empty.iter().max(), empty.iter().sum::<i32>());
}
}
mod custom_iter_chain {
// A Fibonacci iterator struct combined with standard adapters.
struct Fib {
    a: u64,
    b: u64,
}

impl Iterator for Fib {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        let r = self.a;
        self.a = self.b;
        self.b += r;
        Some(r)
    }
}

fn fib() -> Fib {
    Fib { a: 0, b: 1 }
}

pub fn main() {
    println!("{:?}", fib().take(12).collect::<Vec<_>>());
    println!("{}", fib().take_while(|&x| x < 4_000_000).filter(|x| x % 2 == 0).sum::<u64>());
    println!("{:?}", fib().find(|x| x.to_string().len() >= 5));
    println!("{:?}", fib().position(|x| x > 1000));
}
}
mod double_ended {
// next_back, rev on ranges and chars, and mixed front/back consumption.
pub fn main() {
    let mut it = [1, 2, 3, 4, 5].into_iter();
    println!("{:?} {:?}", it.next(), it.next_back());
    println!("{:?} {:?}", it.next(), it.next_back());
    println!("{:?} {:?}", it.next(), it.next());
    let r: Vec<u8> = (b'a'..=b'e').rev().collect();
    println!("{:?}", String::from_utf8(r));
    println!("{:?}", (0..10).rev().step_by(3).collect::<Vec<_>>());
    println!("{:?}", "x,y,z".rsplitn(2, ',').collect::<Vec<_>>());
}
}
mod exact_size_rev {
// ExactSizeIterator and DoubleEndedIterator: rposition, len, enumerate().rev(), flatten over &Option, chain().rev().
pub fn main() {
    let v = vec![3, 1, 4, 1, 5];
    println!("{:?} {}", v.iter().rposition(|&x| x == 1), v.iter().len());
    for (i, x) in v.iter().enumerate().rev() { print!("{i}:{x} "); }
    println!();
    let opts = vec![Some(1), None, Some(3)];
    let total: i32 = opts.iter().flatten().sum();
    println!("{total} {:?}", v.iter().rfind(|x| **x < 4));
    let c: Vec<i32> = v.iter().chain(&opts.iter().flatten().copied().collect::<Vec<i32>>()).rev().cloned().collect();
    println!("{:?} {}", c, (0..10).map(|x| x * 2).len());
}
}
mod flat_map_flatten {
// flat_map and flatten over nested collections and Options.
pub fn main() {
    let words = ["ab", "cde"];
    let chars: Vec<char> = words.iter().flat_map(|w| w.chars()).collect();
    println!("{chars:?}");
    let nested = vec![vec![1, 2], vec![], vec![3]];
    let flat: Vec<i32> = nested.into_iter().flatten().collect();
    println!("{flat:?}");
    let pairs: Vec<(i32, i32)> = (1..=3).flat_map(|a| (a..=3).map(move |b| (a, b))).collect();
    println!("{pairs:?}");
    let opts = [Some(1), None, Some(3)];
    println!("{}", opts.iter().flatten().sum::<i32>());
}
}
mod iter_cloned_copied {
// iter() yields references; copied/cloned make owned items; by_ref reuses an iterator.
pub fn main() {
    let v = vec![1, 2, 3];
    let doubled: Vec<i32> = v.iter().copied().map(|x| x * 2).collect();
    println!("{doubled:?}");
    let names = vec![String::from("a"), String::from("b")];
    let owned: Vec<String> = names.iter().cloned().collect();
    println!("{owned:?} {names:?}");
    let mut it = (1..10).into_iter();
    let head: Vec<i32> = it.by_ref().take(3).collect();
    let tail: Vec<i32> = it.collect();
    println!("{head:?} {tail:?}");
    let max = v.iter().copied().reduce(|a, b| a.max(b));
    println!("{max:?}");
}
}
fn main() {
    adapters::main();
    adapters_more::main();
    chunks_windows_group::main();
    collect_targets::main();
    consumers::main();
    custom_iter_chain::main();
    double_ended::main();
    exact_size_rev::main();
    flat_map_flatten::main();
    iter_cloned_copied::main();
}
