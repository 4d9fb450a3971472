// A joint account shared by two holders through Rc<RefCell<_>>: strong counts, borrow_mut, history.
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug)]
struct Account {
    balance: i64,
    history: Vec<String>,
}

struct Holder {
    name: String,
    account: Rc<RefCell<Account>>,
}

impl Holder {
    fn deposit(&self, amount: i64) {
        let mut acc = self.account.borrow_mut();
        acc.balance += amount;
        let line = format!("{} +{}", self.name, amount);
        acc.history.push(line);
    }

    fn withdraw(&self, amount: i64) -> Result<i64, String> {
        let mut acc = self.account.borrow_mut();
        if acc.balance < amount {
            let msg = format!("{} cannot take {} (balance {})", self.name, amount, acc.balance);
            acc.history.push(String::from("refused"));
            return Err(msg);
        }
        acc.balance -= amount;
        acc.history.push(format!("{} -{}", self.name, amount));
        Ok(acc.balance)
    }
}

fn main() {
    let shared = Rc::new(RefCell::new(Account { balance: 0, history: Vec::new() }));
    println!("count at start: {}", Rc::strong_count(&shared));
    let alice = Holder { name: String::from("alice"), account: Rc::clone(&shared) };
    let bob = Holder { name: String::from("bob"), account: shared.clone() };
    println!("count with holders: {}", Rc::strong_count(&shared));

    alice.deposit(500);
    bob.deposit(120);
    for (who, amount) in [(&alice, 300), (&bob, 400), (&bob, 200)] {
        match who.withdraw(amount) {
            Ok(left) => println!("{} took {}, {} left", who.name, amount, left),
            Err(e) => println!("error: {}", e),
        }
    }
    {
        let acc = shared.borrow();
        println!("balance {} after {} entries", acc.balance, acc.history.len());
        for (i, h) in acc.history.iter().enumerate() {
            println!("  {}. {}", i + 1, h);
        }
    }
    drop(bob);
    println!("count after bob leaves: {}", Rc::strong_count(&shared));
    let same = Rc::ptr_eq(&alice.account, &shared);
    println!("alice still shares it: {}", same);
    shared.borrow_mut().history.clear();
    println!("{:?}", alice.account.borrow());
}
