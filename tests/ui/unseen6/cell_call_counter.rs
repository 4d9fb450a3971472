// Interior mutability through &self: Cell<u32> counters and a RefCell<Vec> log inside a lookup service.
use std::cell::{Cell, RefCell};

struct Lookup {
    table: Vec<(&'static str, u32)>,
    hits: Cell<u32>,
    misses: Cell<u32>,
    log: RefCell<Vec<String>>,
}

impl Lookup {
    fn get(&self, key: &str) -> Option<u32> {
        let found = self.table.iter().find(|(k, _)| *k == key).map(|&(_, v)| v);
        match found {
            Some(_) => self.hits.set(self.hits.get() + 1),
            None => {
                self.misses.set(self.misses.get() + 1);
                self.log.borrow_mut().push(format!("miss: {}", key));
            }
        }
        found
    }

    fn ratio(&self) -> f64 {
        let total = self.hits.get() + self.misses.get();
        if total == 0 { 0.0 } else { self.hits.get() as f64 / total as f64 }
    }
}

fn total_of(service: &Lookup, keys: &[&str]) -> u32 {
    keys.iter().filter_map(|k| service.get(k)).sum()
}

fn main() {
    let service = Lookup {
        table: vec![("apple", 3), ("pear", 5), ("plum", 2)],
        hits: Cell::new(0),
        misses: Cell::new(0),
        log: RefCell::new(Vec::new()),
    };
    println!("total {}", total_of(&service, &["apple", "kiwi", "plum"]));
    println!("total {}", total_of(&service, &["pear", "pear", "grape", "apple"]));
    println!("hits {} misses {} ratio {:.3}", service.hits.get(), service.misses.get(), service.ratio());
    {
        let log = service.log.borrow();
        println!("log has {} entries: {:?}", log.len(), *log);
        let also = service.log.borrow();
        println!("two readers at once: {}", also.len() == log.len());
    }
    service.log.borrow_mut().clear();
    let old = service.hits.replace(100);
    println!("old hits {}, now {}", old, service.hits.get());
    let taken = service.misses.take();
    println!("taken misses {}, left {}", taken, service.misses.get());
    let shared = Cell::new(1);
    let bump = || shared.set(shared.get() * 3);
    bump();
    bump();
    println!("shared {}", shared.get());
    println!("log empty: {}", service.log.borrow().is_empty());
    let try_write = service.log.try_borrow_mut().map(|mut l| l.push(String::from("x"))).is_ok();
    println!("try_borrow_mut ok: {}, log {:?}", try_write, service.log.borrow());
}
