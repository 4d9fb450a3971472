// A bank with accounts and transactions returning Result with an error enum and Display
use std::collections::HashMap;
use std::fmt;

#[derive(Debug, PartialEq)]
enum BankError {
    NoSuchAccount(String),
    InsufficientFunds { needed: u64, available: u64 },
    ZeroAmount,
}

impl fmt::Display for BankError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            BankError::NoSuchAccount(name) => write!(f, "no account named '{}'", name),
            BankError::InsufficientFunds { needed, available } => {
                write!(f, "needed {} but only {} available", needed, available)
            }
            BankError::ZeroAmount => write!(f, "amount must be positive"),
        }
    }
}

struct Bank {
    accounts: HashMap<String, u64>,
    log: Vec<String>,
}

impl Bank {
    fn open(&mut self, name: &str, initial: u64) {
        self.accounts.insert(name.to_string(), initial);
        self.log.push(format!("open {} {}", name, initial));
    }

    fn balance(&self, name: &str) -> Result<u64, BankError> {
        self.accounts.get(name).copied().ok_or_else(|| BankError::NoSuchAccount(name.to_string()))
    }

    fn withdraw(&mut self, name: &str, amount: u64) -> Result<u64, BankError> {
        if amount == 0 {
            return Err(BankError::ZeroAmount);
        }
        let bal = self.accounts.get_mut(name).ok_or(BankError::NoSuchAccount(name.to_string()))?;
        if *bal < amount {
            return Err(BankError::InsufficientFunds { needed: amount, available: *bal });
        }
        *bal -= amount;
        self.log.push(format!("withdraw {} {}", name, amount));
        Ok(*bal)
    }

    fn deposit(&mut self, name: &str, amount: u64) -> Result<u64, BankError> {
        if amount == 0 {
            return Err(BankError::ZeroAmount);
        }
        let bal = self.accounts.get_mut(name).ok_or(BankError::NoSuchAccount(name.to_string()))?;
        *bal += amount;
        self.log.push(format!("deposit {} {}", name, amount));
        Ok(*bal)
    }

    fn transfer(&mut self, from: &str, to: &str, amount: u64) -> Result<(), BankError> {
        self.balance(to)?;
        self.withdraw(from, amount)?;
        self.deposit(to, amount)?;
        Ok(())
    }
}

fn main() {
    let mut bank = Bank { accounts: HashMap::new(), log: vec![] };
    bank.open("alice", 100);
    bank.open("bob", 20);

    let attempts = [("alice", "bob", 30), ("bob", "alice", 80), ("carol", "bob", 5), ("alice", "bob", 0)];
    for (from, to, amount) in attempts {
        match bank.transfer(from, to, amount) {
            Ok(()) => println!("ok: {} -> {} ({})", from, to, amount),
            Err(e) => println!("failed: {}", e),
        }
    }
    println!("alice = {:?}", bank.balance("alice"));
    println!("bob = {:?}", bank.balance("bob"));
    println!("dave = {:?}", bank.balance("dave"));
    println!("{}", bank.withdraw("bob", 51).unwrap_err() == BankError::InsufficientFunds { needed: 51, available: 50 });
    for (i, entry) in bank.log.iter().enumerate() {
        println!("{:>2}: {}", i + 1, entry);
    }
}
