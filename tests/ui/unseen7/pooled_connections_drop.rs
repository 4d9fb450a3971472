// A connection pool whose handles return their slot on Drop, through a shared Rc<RefCell<Vec<u32>>>.
use std::cell::RefCell;
use std::rc::Rc;

struct Pool {
    free: Rc<RefCell<Vec<u32>>>,
    opened: u32,
}

struct Conn {
    id: u32,
    queries: u32,
    home: Rc<RefCell<Vec<u32>>>,
}

impl Pool {
    fn new(size: u32) -> Self {
        Pool { free: Rc::new(RefCell::new((1..=size).rev().collect())), opened: 0 }
    }

    fn acquire(&mut self) -> Option<Conn> {
        let id = self.free.borrow_mut().pop()?;
        self.opened += 1;
        Some(Conn { id, queries: 0, home: Rc::clone(&self.free) })
    }

    fn available(&self) -> usize {
        self.free.borrow().len()
    }
}

impl Conn {
    fn query(&mut self, sql: &str) -> String {
        self.queries += 1;
        format!("conn {} ran {:?}", self.id, sql)
    }
}

impl Drop for Conn {
    fn drop(&mut self) {
        println!("conn {} released after {} queries", self.id, self.queries);
        self.home.borrow_mut().push(self.id);
    }
}

fn main() {
    let mut pool = Pool::new(2);
    let mut a = pool.acquire().unwrap();
    println!("{}", a.query("select 1"));
    {
        let mut b = pool.acquire().unwrap();
        println!("{}", b.query("select name from users"));
        println!("third: {}", pool.acquire().is_none());
        println!("available {}", pool.available());
    }
    println!("available {}", pool.available());
    let mut conns: Vec<Conn> = Vec::new();
    while let Some(c) = pool.acquire() {
        conns.push(c);
    }
    println!("took {} more, available {}", conns.len(), pool.available());
    for c in conns.iter_mut() {
        println!("{}", c.query("update stats"));
    }
    drop(a);
    let first = conns.remove(0);
    println!("removed conn {}", first.id);
    std::mem::drop(first);
    a = pool.acquire().unwrap();
    println!("reacquired conn {}, opened total {}, rc {}", a.id, pool.opened, Rc::strong_count(&pool.free));
    println!("end of main");
}
