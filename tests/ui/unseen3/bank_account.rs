// A small bank: struct methods returning Result<_, String>, an enum of transactions and a history report.
#[derive(Debug, Clone, PartialEq)]
enum Tx {
    Deposit(u64),
    Withdraw(u64),
    Fee { amount: u64, reason: String },
}

#[derive(Debug)]
struct Account {
    owner: String,
    balance: u64,
    history: Vec<Tx>,
    frozen: bool,
}

impl Account {
    fn open(owner: &str, initial: u64) -> Account {
        let mut a = Account { owner: owner.to_owned(), balance: 0, history: Vec::new(), frozen: false };
        a.deposit(initial).expect("fresh account");
        a
    }

    fn deposit(&mut self, amount: u64) -> Result<u64, String> {
        if self.frozen {
            return Err(format!("{} is frozen", self.owner));
        }
        if amount == 0 {
            return Err("zero deposit".to_string());
        }
        self.balance += amount;
        self.history.push(Tx::Deposit(amount));
        Ok(self.balance)
    }

    fn withdraw(&mut self, amount: u64) -> Result<u64, String> {
        if self.frozen {
            return Err(format!("{} is frozen", self.owner));
        }
        let fee = if amount > 500 { 5 } else { 0 };
        let needed = amount + fee;
        if needed > self.balance {
            return Err(format!("insufficient funds: need {needed}, have {}", self.balance));
        }
        self.balance -= needed;
        self.history.push(Tx::Withdraw(amount));
        if fee > 0 {
            self.history.push(Tx::Fee { amount: fee, reason: "large withdrawal".into() });
        }
        Ok(self.balance)
    }

    fn report(&self) -> String {
        let mut s = format!("{}: {}\n", self.owner, self.balance);
        for (i, tx) in self.history.iter().enumerate() {
            let line = match tx {
                Tx::Deposit(a) => format!("  {i}: +{a}"),
                Tx::Withdraw(a) => format!("  {i}: -{a}"),
                Tx::Fee { amount, reason } => format!("  {i}: -{amount} ({reason})"),
            };
            s.push_str(&line);
            s.push('\n');
        }
        s
    }
}

fn transfer(from: &mut Account, to: &mut Account, amount: u64) -> Result<(), String> {
    from.withdraw(amount)?;
    to.deposit(amount).map(|_| ())
}

fn main() {
    let mut alice = Account::open("alice", 1000);
    let mut bob = Account::open("bob", 50);
    println!("{:?}", alice.withdraw(200));
    println!("{:?}", bob.withdraw(80));
    println!("{:?}", transfer(&mut alice, &mut bob, 600));
    println!("{:?}", bob.deposit(0));
    bob.frozen = true;
    println!("{:?}", transfer(&mut alice, &mut bob, 10));
    println!("{:?}", transfer(&mut bob, &mut alice, 10));
    print!("{}", alice.report());
    print!("{}", bob.report());
    let fees: u64 = alice.history.iter().filter_map(|t| if let Tx::Fee { amount, .. } = t { Some(*amount) } else { None }).sum();
    println!("fees paid {fees}");
    println!("{}", alice.history.contains(&Tx::Withdraw(200)));
    println!("{:?}", alice.history.last());
}
