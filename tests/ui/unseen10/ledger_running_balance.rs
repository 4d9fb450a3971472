// A bank ledger: scan computes the running balance, take_while stops at the first overdraft.
#[derive(Debug, Clone, Copy)]
enum Entry {
    Deposit(i64),
    Withdraw(i64),
    Fee(i64),
}

impl Entry {
    fn delta(&self) -> i64 {
        match *self {
            Entry::Deposit(n) => n,
            Entry::Withdraw(n) => -n,
            Entry::Fee(n) => -n,
        }
    }
}

fn main() {
    let entries = vec![
        Entry::Deposit(500),
        Entry::Withdraw(120),
        Entry::Fee(5),
        Entry::Withdraw(300),
        Entry::Deposit(40),
        Entry::Withdraw(200),
        Entry::Deposit(1000),
    ];

    let balances: Vec<i64> = entries
        .iter()
        .scan(0i64, |bal, e| {
            *bal += e.delta();
            Some(*bal)
        })
        .collect();
    println!("running: {:?}", balances);

    let safe: Vec<(usize, i64)> = balances
        .iter()
        .copied()
        .enumerate()
        .take_while(|&(_, b)| b >= 0)
        .collect();
    println!("safe prefix: {} entries, last balance {}", safe.len(), safe.last().map_or(0, |p| p.1));

    if let Some(i) = balances.iter().position(|&b| b < 0) {
        println!("overdraft at entry {} ({:?}) -> {}", i, entries[i], balances[i]);
    }

    let fees: i64 = entries
        .iter()
        .filter_map(|e| if let Entry::Fee(n) = e { Some(*n) } else { None })
        .sum();
    let lowest = balances.iter().min().unwrap();
    let highest = balances.iter().max().unwrap();
    println!("fees {} lowest {} highest {}", fees, lowest, highest);
}
