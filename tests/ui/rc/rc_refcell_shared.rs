// Rc<RefCell<T>>: several owners mutate one value.
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug)]
struct Account {
    balance: i64,
}

fn main() {
    let acct = Rc::new(RefCell::new(Account { balance: 100 }));
    let alice = Rc::clone(&acct);
    let bob = Rc::clone(&acct);
    alice.borrow_mut().balance -= 30;
    bob.borrow_mut().balance += 5;
    println!("{:?}", acct.borrow());
    println!("owners {}", Rc::strong_count(&acct));
    let log = Rc::new(RefCell::new(Vec::new()));
    for who in ["a", "b", "c"] {
        let l = Rc::clone(&log);
        l.borrow_mut().push(who.to_uppercase());
    }
    println!("{:?} {}", log.borrow(), Rc::strong_count(&log));
}
