// A bank account ported from Java exceptions: a custom error enum with Display, Result and `?` across methods.
use std::fmt;

#[derive(Debug, PartialEq)]
enum BankError {
    InsufficientFunds { needed: u64, available: u64 },
    AccountNotFound(String),
    InvalidAmount,
}

impl fmt::Display for BankError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BankError::InsufficientFunds { needed, available } => {
                write!(f, "insufficient funds: needed {} but only {} available", needed, available)
            }
            BankError::AccountNotFound(id) => write!(f, "account '{}' not found", id),
            BankError::InvalidAmount => write!(f, "amount must be positive"),
        }
    }
}

struct Account {
    id: String,
    balance: u64,
}

struct Bank {
    accounts: Vec<Account>,
}

impl Bank {
    fn new() -> Bank {
        Bank { accounts: vec![] }
    }

    fn open(&mut self, id: &str, initial: u64) {
        self.accounts.push(Account { id: id.to_string(), balance: initial });
    }

    fn find_mut(&mut self, id: &str) -> Result<&mut Account, BankError> {
        self.accounts
            .iter_mut()
            .find(|a| a.id == id)
            .ok_or(BankError::AccountNotFound(id.to_string()))
    }

    fn withdraw(&mut self, id: &str, amount: u64) -> Result<u64, BankError> {
        if amount == 0 {
            return Err(BankError::InvalidAmount);
        }
        let acct = self.find_mut(id)?;
        if acct.balance < amount {
            return Err(BankError::InsufficientFunds { needed: amount, available: acct.balance });
        }
        acct.balance -= amount;
        Ok(acct.balance)
    }

    fn deposit(&mut self, id: &str, amount: u64) -> Result<u64, BankError> {
        if amount == 0 {
            return Err(BankError::InvalidAmount);
        }
        let acct = self.find_mut(id)?;
        acct.balance += amount;
        Ok(acct.balance)
    }

    fn transfer(&mut self, from: &str, to: &str, amount: u64) -> Result<(), BankError> {
        self.find_mut(to)?;
        self.withdraw(from, amount)?;
        self.deposit(to, amount)?;
        Ok(())
    }
}

fn main() {
    let mut bank = Bank::new();
    bank.open("A-1", 100);
    bank.open("B-2", 20);

    println!("{:?}", bank.withdraw("A-1", 30));
    println!("{:?}", bank.deposit("B-2", 0));
    let results = vec![
        bank.transfer("A-1", "B-2", 50),
        bank.transfer("B-2", "A-1", 500),
        bank.transfer("A-1", "Z-9", 1),
        bank.transfer("A-1", "B-2", 0),
    ];
    for (i, r) in results.iter().enumerate() {
        match r {
            Ok(()) => println!("transfer {} ok", i),
            Err(e) => println!("transfer {} failed: {}", i, e),
        }
    }
    for a in &bank.accounts {
        println!("{} -> {}", a.id, a.balance);
    }
    println!("same error? {}", results[2] == Err(BankError::AccountNotFound("Z-9".to_string())));
}
