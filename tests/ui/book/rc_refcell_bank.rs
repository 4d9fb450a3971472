// Smart pointers: shared mutable accounts with Rc<RefCell<_>>, borrow scopes, and a BorrowMutError panic.
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug)]
struct Account {
    owner: String,
    balance: i64,
    history: Vec<i64>,
}

type Shared = Rc<RefCell<Account>>;

fn open(owner: &str, balance: i64) -> Shared {
    Rc::new(RefCell::new(Account { owner: owner.to_string(), balance, history: Vec::new() }))
}

fn transfer(from: &Shared, to: &Shared, amount: i64) -> bool {
    if from.borrow().balance < amount {
        return false;
    }
    from.borrow_mut().balance -= amount;
    from.borrow_mut().history.push(-amount);
    let mut t = to.borrow_mut();
    t.balance += amount;
    t.history.push(amount);
    true
}

fn main() {
    let a = open("ann", 100);
    let b = open("ben", 20);
    let joint = Rc::clone(&a);
    println!("{}", transfer(&a, &b, 30));
    println!("{}", transfer(&b, &a, 80));
    joint.borrow_mut().balance += 5;
    for acc in [&a, &b] {
        let acc = acc.borrow();
        println!("{}: {} {:?}", acc.owner, acc.balance, acc.history);
    }
    println!("rc count {}", Rc::strong_count(&a));
    let total: i64 = [&a, &b].iter().map(|x| x.borrow().balance).sum();
    println!("total {total}");
    let reader = a.borrow();
    println!("reading {}", reader.owner);
    let mut writer = joint.borrow_mut();
    writer.balance = 0;
    println!("never");
}
