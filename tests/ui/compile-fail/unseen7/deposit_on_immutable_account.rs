//@ compile-fail
// Calling a `&mut self` method on an account bound without `mut`.
struct Account {
    balance: i64,
}

impl Account {
    fn new() -> Self {
        Account { balance: 0 }
    }
    fn deposit(&mut self, amount: i64) {
        self.balance += amount;
    }
}

fn main() {
    let account = Account::new();
    account.deposit(50); //~ ERROR E0596
    println!("{}", account.balance);
}
