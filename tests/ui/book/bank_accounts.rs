// Mixed: a bank with accounts in a Vec, Result-returning operations, custom errors, and Display.
use std::fmt;

#[derive(Debug, PartialEq)]
enum BankError {
    NoSuchAccount(u32),
    Insufficient { needed: u64, available: u64 },
}

impl fmt::Display for BankError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BankError::NoSuchAccount(id) => write!(f, "no account #{id}"),
            BankError::Insufficient { needed, available } => {
                write!(f, "need {needed}, only {available} available")
            }
        }
    }
}

struct Account {
    id: u32,
    owner: String,
    balance: u64,
}

impl fmt::Display for Account {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "#{:03} {:<6} {:>8}", self.id, self.owner, self.balance)
    }
}

struct Bank {
    accounts: Vec<Account>,
}

impl Bank {
    fn find(&mut self, id: u32) -> Result<&mut Account, BankError> {
        self.accounts.iter_mut().find(|a| a.id == id).ok_or(BankError::NoSuchAccount(id))
    }
    fn withdraw(&mut self, id: u32, amount: u64) -> Result<u64, BankError> {
        let acc = self.find(id)?;
        if acc.balance < amount {
            return Err(BankError::Insufficient { needed: amount, available: acc.balance });
        }
        acc.balance -= amount;
        Ok(acc.balance)
    }
    fn transfer(&mut self, from: u32, to: u32, amount: u64) -> Result<(), BankError> {
        self.find(to)?;
        self.withdraw(from, amount)?;
        self.find(to)?.balance += amount;
        Ok(())
    }
}

fn main() {
    let mut bank = Bank {
        accounts: vec![
            Account { id: 1, owner: "ann".into(), balance: 500 },
            Account { id: 2, owner: "bob".into(), balance: 50 },
        ],
    };
    println!("{:?}", bank.withdraw(1, 120));
    println!("{:?}", bank.withdraw(2, 80));
    match bank.transfer(1, 3, 10) {
        Ok(()) => println!("done"),
        Err(e) => println!("transfer failed: {e}"),
    }
    if let Err(e) = bank.transfer(2, 1, 60) {
        println!("transfer failed: {}", e);
    }
    bank.transfer(1, 2, 200).unwrap();
    for a in &bank.accounts {
        println!("[{a}]");
    }
    let e = bank.withdraw(9, 1).unwrap_err();
    println!("{} / {:?} / {}", e, e, e == BankError::NoSuchAccount(9));
}
