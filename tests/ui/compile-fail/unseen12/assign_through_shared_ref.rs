//@ compile-fail
// A function receives &Account and tries to change its balance.
struct Account {
    balance: i64,
}

fn deposit(acc: &Account, amount: i64) {
    acc.balance += amount; //~ ERROR E0594
}

fn main() {
    let a = Account { balance: 0 };
    deposit(&a, 10);
    println!("{}", a.balance);
}
