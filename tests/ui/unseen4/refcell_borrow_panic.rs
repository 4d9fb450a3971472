// Shared mutable state with Rc<RefCell<..>>: an observer list, try_borrow, and a double borrow panic at the end.
use std::cell::{Cell, RefCell};
use std::rc::Rc;

struct Account {
    owner: String,
    balance: RefCell<i64>,
    history: RefCell<Vec<i64>>,
    reads: Cell<u32>,
}

impl Account {
    fn deposit(&self, amount: i64) {
        *self.balance.borrow_mut() += amount;
        self.history.borrow_mut().push(amount);
    }
    fn balance(&self) -> i64 {
        self.reads.set(self.reads.get() + 1);
        *self.balance.borrow()
    }
}

fn main() {
    let acc = Rc::new(Account {
        owner: "Nora".to_string(),
        balance: RefCell::new(0),
        history: RefCell::new(Vec::new()),
        reads: Cell::new(0),
    });
    let wallets: Vec<Rc<Account>> = (0..3).map(|_| Rc::clone(&acc)).collect();
    for (i, w) in wallets.iter().enumerate() {
        w.deposit((i as i64 + 1) * 25);
    }
    acc.deposit(-40);
    println!("{} has {} after {:?}", acc.owner, acc.balance(), acc.history.borrow());
    println!("strong count {}", Rc::strong_count(&acc));
    drop(wallets);
    println!("strong count {}", Rc::strong_count(&acc));

    {
        let h = acc.history.borrow();
        println!("try_borrow_mut while reading: {}", acc.history.try_borrow_mut().is_err());
        println!("two readers ok: {}", acc.history.try_borrow().is_ok());
        println!("first entry {}", h[0]);
    }
    println!("try_borrow_mut after: {}", acc.history.try_borrow_mut().is_ok());
    let total: i64 = acc.history.borrow().iter().sum();
    println!("sum {} balance {} reads {}", total, acc.balance(), acc.reads.get());

    let shared = Rc::new(RefCell::new(vec![1, 2, 3]));
    let other = Rc::clone(&shared);
    other.borrow_mut().push(4);
    println!("{:?}", shared.borrow());
    let first = shared.borrow();
    println!("holding a borrow of {} items", first.len());
    other.borrow_mut().push(5);
    println!("never printed {}", first.len());
}
