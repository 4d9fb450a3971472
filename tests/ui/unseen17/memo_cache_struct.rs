// Memoization as a Python decorator would do it: a struct holding HashMap caches, hit/miss counters, and a generic cached-call helper.
use std::collections::HashMap;

struct MathCache {
    fib_cache: HashMap<u64, u64>,
    hits: u32,
    misses: u32,
}

impl MathCache {
    fn new() -> Self {
        MathCache { fib_cache: HashMap::new(), hits: 0, misses: 0 }
    }

    fn fib(&mut self, n: u64) -> u64 {
        if n < 2 {
            return n;
        }
        if let Some(&v) = self.fib_cache.get(&n) {
            self.hits += 1;
            return v;
        }
        self.misses += 1;
        let v = self.fib(n - 1) + self.fib(n - 2);
        self.fib_cache.insert(n, v);
        v
    }
}

struct Memo<F: Fn(&str) -> usize> {
    func: F,
    cache: HashMap<String, usize>,
    calls: u32,
}

impl<F: Fn(&str) -> usize> Memo<F> {
    fn new(func: F) -> Self {
        Memo { func, cache: HashMap::new(), calls: 0 }
    }

    fn call(&mut self, arg: &str) -> usize {
        if let Some(v) = self.cache.get(arg) {
            return *v;
        }
        self.calls += 1;
        let v = (self.func)(arg);
        self.cache.insert(arg.to_string(), v);
        v
    }
}

fn count_vowels(s: &str) -> usize {
    s.chars().filter(|c| "aeiouAEIOU".contains(*c)).count()
}

fn main() {
    let mut cache = MathCache::new();
    let values: Vec<u64> = [10, 20, 30, 20, 50].iter().map(|&n| cache.fib(n)).collect();
    println!("fibs: {:?}", values);
    println!("hits {}, misses {}, cached {}", cache.hits, cache.misses, cache.fib_cache.len());

    let mut vowels = Memo::new(count_vowels);
    let words = ["banana", "apple", "banana", "sky", "apple", "queue"];
    let counts: Vec<usize> = words.iter().map(|w| vowels.call(w)).collect();
    println!("vowels: {:?} computed {} times", counts, vowels.calls);

    let min_len = 4;
    let mut long_words = Memo::new(move |s: &str| s.split(' ').filter(|w| w.len() >= min_len).count());
    println!("{}", long_words.call("the cat jumped over the fence"));
    println!("{}", long_words.call("the cat jumped over the fence"));
    println!("{}", long_words.call("tiny"));
    println!("computed {} times, {} cached", long_words.calls, long_words.cache.len());
    let mut keys: Vec<&String> = long_words.cache.keys().collect();
    keys.sort();
    println!("{:?}", keys);
}
