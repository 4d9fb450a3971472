// memoised Fibonacci-like puzzle: a map lookup's borrow ends before the insert on the miss path (NLL)
use std::collections::HashMap;

fn ways(n: u64, memo: &mut HashMap<u64, u64>) -> u64 {
    if n <= 1 {
        return 1;
    }
    if let Some(&known) = memo.get(&n) {
        return known;
    }
    let r = ways(n - 1, memo) + ways(n - 2, memo) + if n >= 3 { ways(n - 3, memo) } else { 0 };
    memo.insert(n, r);
    r
}

fn main() {
    let mut memo = HashMap::new();
    for n in [3u64, 10, 30, 50] {
        println!("ways({n}) = {}", ways(n, &mut memo));
    }
    println!("memo holds {} entries", memo.len());
}
