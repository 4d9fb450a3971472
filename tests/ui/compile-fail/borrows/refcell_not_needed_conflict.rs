//@ compile-fail
// A shared borrow of a struct, then a mutable one through a method, then the first is used.
#[derive(Debug)]
struct Account {
    balance: i64,
}

fn deposit(a: &mut Account, amount: i64) {
    a.balance += amount;
}

fn main() {
    let mut acc = Account { balance: 0 };
    let view = &acc;
    deposit(&mut acc, 10); //~ ERROR E0502
    println!("{:?}", view);
}
