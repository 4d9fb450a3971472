// Cell and RefCell: interior mutability for counters and caches, try_borrow_mut and borrow states.
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

struct Counter {
    hits: Cell<u32>,
    log: RefCell<Vec<String>>,
}

impl Counter {
    fn hit(&self, who: &str) {
        self.hits.set(self.hits.get() + 1);
        self.log.borrow_mut().push(format!("{}#{}", who, self.hits.get()));
    }
}

struct Memo {
    cache: RefCell<HashMap<u32, u64>>,
    calls: Cell<usize>,
}

impl Memo {
    fn ways(&self, n: u32) -> u64 {
        self.calls.set(self.calls.get() + 1);
        if n <= 1 {
            return 1;
        }
        if let Some(v) = self.cache.borrow().get(&n) {
            return *v;
        }
        let v = self.ways(n - 1) + self.ways(n - 2);
        self.cache.borrow_mut().insert(n, v);
        v
    }
}

trait Messenger {
    fn send(&self, msg: &str);
}

struct MockMessenger {
    sent: RefCell<Vec<String>>,
}

impl Messenger for MockMessenger {
    fn send(&self, msg: &str) {
        self.sent.borrow_mut().push(String::from(msg));
    }
}

fn warn_if_over(m: &dyn Messenger, value: usize, max: usize) {
    let pct = value * 100 / max;
    if pct >= 100 {
        m.send("Error: over quota");
    } else if pct >= 75 {
        m.send(&format!("Warning: {pct}% used"));
    }
}

fn main() {
    let c = Counter { hits: Cell::new(0), log: RefCell::new(vec![]) };
    c.hit("ann");
    c.hit("bob");
    let r = &c;
    r.hit("cy");
    println!("hits {} log {:?}", c.hits.get(), c.log.borrow());

    let memo = Memo { cache: RefCell::new(HashMap::new()), calls: Cell::new(0) };
    println!("ways(40) = {} in {} calls", memo.ways(40), memo.calls.get());
    println!("again: {} total calls {}", memo.ways(40), memo.calls.get());

    let mock = MockMessenger { sent: RefCell::new(vec![]) };
    for v in [10, 80, 99, 100, 150] {
        warn_if_over(&mock, v, 100);
    }
    println!("{} messages: {:?}", mock.sent.borrow().len(), mock.sent.borrow());

    let cell = RefCell::new(5);
    {
        let b1 = cell.borrow();
        let b2 = cell.borrow();
        println!("two readers {} {}, try_borrow_mut ok? {}", *b1, *b2, cell.try_borrow_mut().is_ok());
    }
    {
        let mut w = cell.borrow_mut();
        *w += 10;
        println!("try_borrow while writing ok? {}", cell.try_borrow().is_ok());
    }
    println!("value {}", cell.borrow());
    let old = cell.replace(1);
    println!("replaced {old}, now {:?}", cell);
    let x = Cell::new(3);
    let y = x.replace(9);
    println!("{y} {} {}", x.get(), x.take());
    let swapped = RefCell::new(String::from("left"));
    let other = RefCell::new(String::from("right"));
    swapped.swap(&other);
    println!("{} {}", swapped.borrow(), other.into_inner());
}
