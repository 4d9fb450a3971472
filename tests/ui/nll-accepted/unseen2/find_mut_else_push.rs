// `iter_mut().find()` in `if let`, pushing in the `else` branch.
struct Account {
    id: u32,
    balance: i64,
}

fn deposit(accounts: &mut Vec<Account>, id: u32, amount: i64) {
    if let Some(acc) = accounts.iter_mut().find(|a| a.id == id) {
        acc.balance += amount;
    } else {
        accounts.push(Account { id, balance: amount });
    }
}

fn main() {
    let mut accounts = Vec::new();
    deposit(&mut accounts, 1, 10);
    deposit(&mut accounts, 2, 5);
    deposit(&mut accounts, 1, 7);
    for a in &accounts {
        println!("{} {}", a.id, a.balance);
    }
}
