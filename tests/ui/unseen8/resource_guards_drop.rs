// RAII guards for a fake database: a transaction rolls back on Drop unless committed; nested guards drop in reverse.
use std::cell::RefCell;

struct Db {
    log: RefCell<Vec<String>>,
    value: RefCell<i32>,
}

struct Txn<'a> {
    db: &'a Db,
    name: String,
    start: i32,
    committed: bool,
}

impl<'a> Txn<'a> {
    fn begin(db: &'a Db, name: &str) -> Txn<'a> {
        db.log.borrow_mut().push(format!("begin {}", name));
        Txn { db, name: name.to_string(), start: *db.value.borrow(), committed: false }
    }
    fn add(&self, n: i32) {
        *self.db.value.borrow_mut() += n;
    }
    fn commit(mut self) {
        self.committed = true;
        self.db.log.borrow_mut().push(format!("commit {}", self.name));
    }
}

impl Drop for Txn<'_> {
    fn drop(&mut self) {
        if !self.committed {
            *self.db.value.borrow_mut() = self.start;
            self.db.log.borrow_mut().push(format!("rollback {}", self.name));
        }
        println!("drop txn {} (committed: {})", self.name, self.committed);
    }
}

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn transfer(db: &Db, amount: i32, fail: bool) -> Result<(), String> {
    let t = Txn::begin(db, &format!("transfer {}", amount));
    let _n = Noisy("temp buffer");
    t.add(amount);
    if fail {
        return Err(format!("transfer {} failed", amount));
    }
    t.commit();
    Ok(())
}

fn main() {
    let db = Db { log: RefCell::new(Vec::new()), value: RefCell::new(100) };
    println!("{:?}", transfer(&db, 50, false));
    println!("{:?}", transfer(&db, 30, true));
    println!("value now {}", db.value.borrow());
    {
        let _a = Noisy("outer a");
        let outer = Txn::begin(&db, "outer");
        outer.add(1);
        let inner = Txn::begin(&db, "inner");
        inner.add(10);
        let _b = Noisy("outer b");
        inner.commit();
        println!("value inside {}", db.value.borrow());
    }
    println!("value after scope {}", db.value.borrow());
    let guards = vec![Noisy("v0"), Noisy("v1"), Noisy("v2")];
    let kept: Vec<Noisy> = guards.into_iter().filter(|n| n.0 != "v1").collect();
    println!("kept {}", kept.len());
    let replaced = std::mem::replace(&mut db.log.borrow_mut()[0], String::from("(trimmed)"));
    println!("replaced: {}", replaced);
    for line in db.log.borrow().iter() {
        println!("log: {}", line);
    }
}
