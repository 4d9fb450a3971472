//@ compile-fail
// Two `&mut` aliases of the same account, as two Java references to one object, both used for a transfer.
struct Account {
    balance: i64,
}

fn transfer(from: &mut Account, to: &mut Account, amount: i64) {
    from.balance -= amount;
    to.balance += amount;
}

fn main() {
    let mut acct = Account { balance: 100 };
    transfer(&mut acct, &mut acct, 10); //~ ERROR E0499
    println!("{}", acct.balance);
}
