// Custom error enums with Display and Error-free handling; matching on errors; main without Box<dyn Error>.
use std::fmt;

#[derive(Debug, PartialEq)]
enum BankError {
    Insufficient { needed: u64, available: u64 },
    NoAccount(String),
    Frozen,
}

impl fmt::Display for BankError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BankError::Insufficient { needed, available } => {
                write!(f, "need {} but only {} available", needed, available)
            }
            BankError::NoAccount(name) => write!(f, "no account named {:?}", name),
            BankError::Frozen => f.write_str("account frozen"),
        }
    }
}

struct Bank {
    accounts: Vec<(String, u64, bool)>,
}

impl Bank {
    fn find(&mut self, name: &str) -> Result<&mut (String, u64, bool), BankError> {
        self.accounts.iter_mut().find(|a| a.0 == name).ok_or(BankError::NoAccount(name.to_string()))
    }

    fn withdraw(&mut self, name: &str, amount: u64) -> Result<u64, BankError> {
        let acct = self.find(name)?;
        if acct.2 {
            return Err(BankError::Frozen);
        }
        if acct.1 < amount {
            return Err(BankError::Insufficient { needed: amount, available: acct.1 });
        }
        acct.1 -= amount;
        Ok(acct.1)
    }
}

fn main() {
    let mut bank = Bank {
        accounts: vec![("ann".to_string(), 100, false), ("bob".to_string(), 50, true)],
    };
    let ops = [("ann", 30), ("ann", 100), ("bob", 1), ("cy", 5), ("ann", 70)];
    for (who, amt) in ops {
        match bank.withdraw(who, amt) {
            Ok(left) => println!("{} withdrew {}, {} left", who, amt, left),
            Err(e) => println!("{} failed: {}", who, e),
        }
    }
    let e = bank.withdraw("bob", 1).unwrap_err();
    println!("{:?} {}", e, e == BankError::Frozen);
    let text = format!("[{:>30}]", BankError::Frozen.to_string());
    println!("{}", text);
    println!("[{:<20}]", format!("{}", BankError::NoAccount("x".into())));
    let errors: Vec<String> = vec![BankError::Frozen, BankError::Insufficient { needed: 2, available: 1 }]
        .iter().map(|e| e.to_string()).collect();
    println!("{:?}", errors);
    let r: Result<u64, BankError> = bank.withdraw("zed", 1);
    if let Err(BankError::NoAccount(ref n)) = r {
        println!("missing {}", n);
    }
    println!("{:?}", r);
}
