// Account transactions as an enum with tuple and struct variants, applied with a match and undone in reverse.
use std::collections::HashMap;

#[derive(Debug, Clone)]
enum Tx {
    Deposit(String, u64),
    Withdraw(String, u64),
    Transfer { from: String, to: String, amount: u64 },
    Close(String),
}

#[derive(Debug)]
enum Rejected {
    Unknown(String),
    Insufficient { account: String, short_by: u64 },
}

fn apply(accounts: &mut HashMap<String, u64>, tx: &Tx) -> Result<(), Rejected> {
    match tx {
        Tx::Deposit(name, amt) => {
            *accounts.entry(name.clone()).or_insert(0) += amt;
        }
        Tx::Withdraw(name, amt) => {
            let bal = accounts.get_mut(name).ok_or_else(|| Rejected::Unknown(name.clone()))?;
            if *bal < *amt {
                return Err(Rejected::Insufficient { account: name.clone(), short_by: amt - *bal });
            }
            *bal -= amt;
        }
        Tx::Transfer { from, to, amount } => {
            if !accounts.contains_key(to) {
                return Err(Rejected::Unknown(to.clone()));
            }
            apply(accounts, &Tx::Withdraw(from.clone(), *amount))?;
            apply(accounts, &Tx::Deposit(to.clone(), *amount))?;
        }
        Tx::Close(name) => {
            if accounts.remove(name).is_none() {
                return Err(Rejected::Unknown(name.clone()));
            }
        }
    }
    Ok(())
}

fn show(accounts: &HashMap<String, u64>) -> String {
    let mut names: Vec<&String> = accounts.keys().collect();
    names.sort();
    names.iter().map(|n| format!("{}={}", n, accounts[*n])).collect::<Vec<_>>().join(", ")
}

fn main() {
    let s = |x: &str| x.to_string();
    let txs = vec![
        Tx::Deposit(s("alice"), 100),
        Tx::Deposit(s("bob"), 40),
        Tx::Withdraw(s("bob"), 55),
        Tx::Transfer { from: s("alice"), to: s("bob"), amount: 30 },
        Tx::Transfer { from: s("alice"), to: s("carol"), amount: 5 },
        Tx::Withdraw(s("dave"), 1),
        Tx::Close(s("bob")),
        Tx::Deposit(s("carol"), 12),
    ];
    let mut accounts = HashMap::new();
    let mut applied = 0;
    for tx in &txs {
        match apply(&mut accounts, tx) {
            Ok(()) => {
                applied += 1;
                println!("ok   {:?} -> {}", tx, show(&accounts));
            }
            Err(Rejected::Unknown(n)) => println!("FAIL {:?}: no account {}", tx, n),
            Err(Rejected::Insufficient { account, short_by }) => {
                println!("FAIL {:?}: {} is short by {}", tx, account, short_by)
            }
        }
    }
    println!("{} of {} applied; total held {}", applied, txs.len(), accounts.values().sum::<u64>());
}
