//@ compile-fail
// Assigning to a field through a & reference parameter (E0594)
struct Account {
    balance: i64,
}

fn deposit(acc: &Account, amount: i64) {
    acc.balance += amount; //~ ERROR E0594
}

fn main() {
    let mut a = Account { balance: 0 };
    deposit(&a, 5);
    a.balance += 1;
    println!("{}", a.balance);
}
