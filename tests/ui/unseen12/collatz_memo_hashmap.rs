// Collatz chain lengths memoised in a HashMap<u64, u32>, with checked arithmetic and the longest chain below a bound.
use std::collections::HashMap;

fn chain_len(n: u64, memo: &mut HashMap<u64, u32>) -> u32 {
    if n == 1 {
        return 1;
    }
    if let Some(&len) = memo.get(&n) {
        return len;
    }
    let next = if n % 2 == 0 { n / 2 } else { n.checked_mul(3).and_then(|x| x.checked_add(1)).expect("overflow") };
    let len = 1 + chain_len(next, memo);
    memo.insert(n, len);
    len
}

fn chain(mut n: u64) -> Vec<u64> {
    let mut v = vec![n];
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        v.push(n);
    }
    v
}

fn main() {
    let mut memo = HashMap::new();
    println!("{:?}", chain(6));
    println!("27 takes {} steps, peak {}", chain_len(27, &mut memo) - 1, chain(27).iter().max().unwrap());
    let (mut best_n, mut best_len) = (1, 1);
    for n in 1..3000 {
        let len = chain_len(n, &mut memo);
        if len > best_len {
            best_n = n;
            best_len = len;
        }
    }
    println!("longest below 3000: {} with {} terms", best_n, best_len);
    println!("memo holds {} entries", memo.len());
    let mut lens: Vec<u32> = (1..=10).map(|n| chain_len(n, &mut memo)).collect();
    println!("{:?}", lens);
    lens.sort();
    lens.dedup();
    println!("distinct: {:?}", lens);
}
