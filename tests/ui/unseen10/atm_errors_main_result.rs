// An ATM session with a custom error enum, Display, From and `?`; main returns the last error, so the exit code is 1.
use std::fmt;

#[derive(Debug)]
enum AtmError {
    WrongPin { attempts_left: u8 },
    Insufficient { balance: u32, asked: u32 },
    NotMultiple(u32),
    Parse(String),
}

impl fmt::Display for AtmError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            AtmError::WrongPin { attempts_left } => write!(f, "wrong PIN, {} attempts left", attempts_left),
            AtmError::Insufficient { balance, asked } => write!(f, "asked {} but balance is {}", asked, balance),
            AtmError::NotMultiple(n) => write!(f, "{} is not a multiple of 20", n),
            AtmError::Parse(s) => write!(f, "cannot read amount {:?}", s),
        }
    }
}

impl From<std::num::ParseIntError> for AtmError {
    fn from(e: std::num::ParseIntError) -> Self {
        AtmError::Parse(e.to_string())
    }
}

struct Account {
    pin: u16,
    balance: u32,
    tries: u8,
}

impl Account {
    fn withdraw(&mut self, pin: u16, amount: &str) -> Result<u32, AtmError> {
        if pin != self.pin {
            self.tries -= 1;
            return Err(AtmError::WrongPin { attempts_left: self.tries });
        }
        let asked: u32 = amount.trim().parse()?;
        if asked % 20 != 0 {
            return Err(AtmError::NotMultiple(asked));
        }
        if asked > self.balance {
            return Err(AtmError::Insufficient { balance: self.balance, asked });
        }
        self.balance -= asked;
        Ok(self.balance)
    }
}

fn main() -> Result<(), AtmError> {
    let mut acct = Account { pin: 4321, balance: 200, tries: 3 };
    let requests = [(4321, "60"), (1111, "20"), (4321, " 35 "), (4321, "lots"), (4321, "180"), (4321, "140")];
    for (pin, amount) in requests {
        match acct.withdraw(pin, amount) {
            Ok(left) => println!("dispensed {}, left {}", amount.trim(), left),
            Err(e) => println!("refused: {}", e),
        }
    }
    acct.withdraw(9999, "20")?;
    println!("unreachable");
    Ok(())
}
