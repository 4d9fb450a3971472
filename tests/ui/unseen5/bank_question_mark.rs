// A bank with transfers returning Result, chained with `?`; main returns Result and succeeds.
use std::collections::HashMap;
use std::fmt;

#[derive(Debug, PartialEq)]
enum BankError {
    NoAccount(String),
    Insufficient { needed: u64, available: u64 },
    Frozen(String),
}

impl fmt::Display for BankError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BankError::NoAccount(n) => write!(f, "no account named {}", n),
            BankError::Insufficient { needed, available } => {
                write!(f, "needed {} but only {} available", needed, available)
            }
            BankError::Frozen(n) => write!(f, "account {} is frozen", n),
        }
    }
}

struct Account {
    balance: u64,
    frozen: bool,
}

struct Bank {
    accounts: HashMap<String, Account>,
}

impl Bank {
    fn account(&mut self, name: &str) -> Result<&mut Account, BankError> {
        let acc = self.accounts.get_mut(name).ok_or_else(|| BankError::NoAccount(name.to_string()))?;
        if acc.frozen {
            return Err(BankError::Frozen(name.to_string()));
        }
        Ok(acc)
    }

    fn withdraw(&mut self, name: &str, amount: u64) -> Result<u64, BankError> {
        let acc = self.account(name)?;
        if acc.balance < amount {
            return Err(BankError::Insufficient { needed: amount, available: acc.balance });
        }
        acc.balance -= amount;
        Ok(acc.balance)
    }

    fn transfer(&mut self, from: &str, to: &str, amount: u64) -> Result<(), BankError> {
        self.account(to)?;
        self.withdraw(from, amount)?;
        self.account(to)?.balance += amount;
        Ok(())
    }

    fn balance(&self, name: &str) -> u64 {
        self.accounts.get(name).map_or(0, |a| a.balance)
    }
}

fn main() -> Result<(), BankError> {
    let mut bank = Bank { accounts: HashMap::new() };
    bank.accounts.insert("ann".to_string(), Account { balance: 100, frozen: false });
    bank.accounts.insert("bob".to_string(), Account { balance: 20, frozen: false });
    bank.accounts.insert("cid".to_string(), Account { balance: 500, frozen: true });
    bank.transfer("ann", "bob", 30)?;
    println!("ann {} bob {}", bank.balance("ann"), bank.balance("bob"));
    let attempts = [("bob", "ann", 80), ("ann", "zed", 1), ("cid", "ann", 5), ("ann", "cid", 5)];
    for (from, to, amount) in attempts {
        if let Err(e) = bank.transfer(from, to, amount) {
            println!("{} -> {} ({}): {}", from, to, amount, e);
        }
    }
    println!("withdraw: {:?}", bank.withdraw("bob", 50));
    assert_eq!(bank.withdraw("bob", 51), Err(BankError::Insufficient { needed: 51, available: 0 }));
    Ok(())
}
