// A bank with accounts in a HashMap, a custom error enum with Display, and ? across helpers.
use std::collections::HashMap;
use std::fmt;

#[derive(Debug, PartialEq)]
enum BankError {
    NoSuchAccount(u32),
    Insufficient { needed: u64, available: u64 },
    Frozen(u32),
}

impl fmt::Display for BankError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            BankError::NoSuchAccount(id) => write!(f, "account {} does not exist", id),
            BankError::Insufficient { needed, available } => {
                write!(f, "needed {} but only {} available", needed, available)
            }
            BankError::Frozen(id) => write!(f, "account {} is frozen", id),
        }
    }
}

struct Account {
    owner: String,
    balance: u64,
    frozen: bool,
}

struct Bank {
    accounts: HashMap<u32, Account>,
    next_id: u32,
}

impl Bank {
    fn new() -> Bank {
        Bank { accounts: HashMap::new(), next_id: 100 }
    }

    fn open(&mut self, owner: &str, deposit: u64) -> u32 {
        let id = self.next_id;
        self.next_id += 1;
        self.accounts.insert(id, Account { owner: owner.to_string(), balance: deposit, frozen: false });
        id
    }

    fn account_mut(&mut self, id: u32) -> Result<&mut Account, BankError> {
        let acc = self.accounts.get_mut(&id).ok_or(BankError::NoSuchAccount(id))?;
        if acc.frozen {
            return Err(BankError::Frozen(id));
        }
        Ok(acc)
    }

    fn withdraw(&mut self, id: u32, amount: u64) -> Result<u64, BankError> {
        let acc = self.account_mut(id)?;
        if acc.balance < amount {
            return Err(BankError::Insufficient { needed: amount, available: acc.balance });
        }
        acc.balance -= amount;
        Ok(acc.balance)
    }

    fn transfer(&mut self, from: u32, to: u32, amount: u64) -> Result<(), BankError> {
        self.account_mut(to)?;
        self.withdraw(from, amount)?;
        self.account_mut(to)?.balance += amount;
        Ok(())
    }
}

fn main() {
    let mut bank = Bank::new();
    let alice = bank.open("Alice", 500);
    let bob = bank.open("Bob", 50);
    let carol = bank.open("Carol", 0);
    bank.accounts.get_mut(&carol).unwrap().frozen = true;

    let ops: Vec<(u32, u32, u64)> = vec![(alice, bob, 120), (bob, alice, 1000), (alice, 7, 5), (bob, carol, 10), (bob, alice, 170)];
    for (from, to, amount) in ops {
        match bank.transfer(from, to, amount) {
            Ok(()) => println!("transfer {} -> {} of {}: ok", from, to, amount),
            Err(e) => println!("transfer {} -> {} of {}: {}", from, to, amount, e),
        }
    }
    let err = bank.withdraw(carol, 1).unwrap_err();
    println!("{:?} / {}", err, err);
    assert_eq!(bank.withdraw(999, 1), Err(BankError::NoSuchAccount(999)));
    let mut ids: Vec<&u32> = bank.accounts.keys().collect();
    ids.sort();
    for id in ids {
        let a = &bank.accounts[id];
        println!("{} {:<6} {:>5}{}", id, a.owner, a.balance, if a.frozen { " (frozen)" } else { "" });
    }
    let total: u64 = bank.accounts.values().map(|a| a.balance).sum();
    println!("total = {}", total);
}
