// Coin change by dynamic programming: the number of ways (u64) and the fewest coins with the coins used.
fn ways(coins: &[usize], amount: usize) -> u64 {
    let mut dp = vec![0u64; amount + 1];
    dp[0] = 1;
    for &c in coins {
        for a in c..=amount {
            dp[a] += dp[a - c];
        }
    }
    dp[amount]
}

fn fewest(coins: &[usize], amount: usize) -> Option<Vec<usize>> {
    let mut best: Vec<Option<usize>> = vec![None; amount + 1];
    let mut last = vec![0usize; amount + 1];
    best[0] = Some(0);
    for a in 1..=amount {
        for &c in coins {
            if c <= a {
                if let Some(prev) = best[a - c] {
                    if best[a].map_or(true, |b| prev + 1 < b) {
                        best[a] = Some(prev + 1);
                        last[a] = c;
                    }
                }
            }
        }
    }
    best[amount]?;
    let mut used = Vec::new();
    let mut a = amount;
    while a > 0 {
        used.push(last[a]);
        a -= last[a];
    }
    used.sort_unstable_by(|x, y| y.cmp(x));
    Some(used)
}

fn main() {
    let euro = [1, 2, 5, 10, 20, 50];
    for amount in [4, 10, 37, 100] {
        println!("{:>3}: {} ways", amount, ways(&euro, amount));
    }
    let odd = [1, 3, 4];
    for amount in [6, 7, 10] {
        println!("{:>3} with {:?}: {:?}", amount, odd, fewest(&odd, amount));
    }
    let no_one = [5, 7];
    for amount in [1, 12, 13, 23] {
        match fewest(&no_one, amount) {
            Some(c) => println!("{:>3} with {:?}: {} coins {:?}", amount, no_one, c.len(), c),
            None => println!("{:>3} with {:?}: impossible", amount, no_one),
        }
    }
    println!("ways to make 300 in euro cents: {}", ways(&euro, 300));
}
