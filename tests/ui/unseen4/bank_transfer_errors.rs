// Bank accounts with a custom error type implementing std::error::Error, From conversions and ?.
use std::collections::HashMap;
use std::error::Error;
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum BankError {
    NoAccount(String),
    Insufficient { needed: u64, available: u64 },
    Parse(ParseIntError),
}

impl fmt::Display for BankError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BankError::NoAccount(name) => write!(f, "no account for {}", name),
            BankError::Insufficient { needed, available } => {
                write!(f, "needed {} but only {} available", needed, available)
            }
            BankError::Parse(e) => write!(f, "bad amount: {}", e),
        }
    }
}

impl Error for BankError {}

impl From<ParseIntError> for BankError {
    fn from(e: ParseIntError) -> Self {
        BankError::Parse(e)
    }
}

struct Bank {
    accounts: HashMap<String, u64>,
}

impl Bank {
    fn balance(&self, name: &str) -> Result<u64, BankError> {
        self.accounts.get(name).copied().ok_or_else(|| BankError::NoAccount(name.to_string()))
    }

    fn transfer(&mut self, from: &str, to: &str, amount: &str) -> Result<u64, BankError> {
        let amount: u64 = amount.trim().parse()?;
        let available = self.balance(from)?;
        self.balance(to)?;
        if available < amount {
            return Err(BankError::Insufficient { needed: amount, available });
        }
        *self.accounts.get_mut(from).unwrap() -= amount;
        *self.accounts.entry(to.to_string()).or_insert(0) += amount;
        Ok(available - amount)
    }
}

fn run(bank: &mut Bank) -> Result<(), Box<dyn Error>> {
    println!("left: {}", bank.transfer("alice", "bob", "30")?);
    println!("left: {}", bank.transfer("bob", "alice", " 5 ")?);
    match bank.transfer("carol", "bob", "1") {
        Err(e) => println!("refused: {}", e),
        Ok(_) => println!("??"),
    }
    if let Err(e) = bank.transfer("alice", "bob", "1000") {
        println!("refused: {e}");
    }
    let n: i32 = "17".parse()?;
    println!("parsed {n}");
    bank.transfer("alice", "bob", "12x")?;
    println!("not printed");
    Ok(())
}

fn main() {
    let mut bank = Bank { accounts: HashMap::new() };
    bank.accounts.insert("alice".into(), 100);
    bank.accounts.insert("bob".into(), 20);
    if let Err(e) = run(&mut bank) {
        println!("stopped: {}", e);
        println!("debug: {:?}", e);
    }
    let mut names: Vec<_> = bank.accounts.iter().collect();
    names.sort();
    println!("{:?}", names);
}
