// Two live borrow_mut on one RefCell: the run-time borrow check panics.
use std::cell::RefCell;
use std::rc::Rc;

struct Account {
    balance: RefCell<i64>,
    history: RefCell<Vec<i64>>,
}

fn deposit(acc: &Account, amount: i64) {
    *acc.balance.borrow_mut() += amount;
    acc.history.borrow_mut().push(amount);
}

fn report(acc: &Account) -> String {
    let h = acc.history.borrow();
    format!("{} operations, balance {}", h.len(), acc.balance.borrow())
}

fn main() {
    let acc = Rc::new(Account { balance: RefCell::new(0), history: RefCell::new(Vec::new()) });
    deposit(&acc, 50);
    deposit(&acc, -20);
    println!("balance {} history {:?}", acc.balance.borrow(), acc.history.borrow());
    println!("{}", report(&acc));
    let shared = Rc::clone(&acc);
    println!("strong count {}", Rc::strong_count(&acc));
    let mut hist = acc.history.borrow_mut();
    hist.push(0);
    println!("about to deposit while history is borrowed");
    deposit(&shared, 5);
    println!("never printed {}", hist.len());
}
