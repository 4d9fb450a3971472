// Shared mutable state with Rc<RefCell<..>>: an observer list, then a double mutable borrow panics at run time.
use std::cell::RefCell;
use std::rc::Rc;

struct Counter {
    hits: u32,
    log: Vec<String>,
}

struct Observer {
    name: String,
    shared: Rc<RefCell<Counter>>,
}

impl Observer {
    fn notify(&self, event: &str) {
        let mut c = self.shared.borrow_mut();
        c.hits += 1;
        c.log.push(format!("{} saw {}", self.name, event));
    }
}

fn main() {
    let shared = Rc::new(RefCell::new(Counter { hits: 0, log: Vec::new() }));
    let observers: Vec<Observer> = ["a", "b", "c"]
        .iter()
        .map(|n| Observer { name: n.to_string(), shared: Rc::clone(&shared) })
        .collect();
    println!("strong count {}", Rc::strong_count(&shared));
    for event in ["start", "tick"] {
        for o in &observers {
            o.notify(event);
        }
    }
    {
        let c = shared.borrow();
        println!("hits {}", c.hits);
        for line in c.log.iter().take(4) {
            println!("  {}", line);
        }
        let again = shared.borrow();
        println!("two shared borrows ok: {}", again.log.len());
        println!("try_borrow_mut while shared: {}", shared.try_borrow_mut().is_err());
    }
    shared.borrow_mut().log.clear();
    println!("cleared, log len {}", shared.borrow().log.len());
    drop(observers);
    println!("strong count {}", Rc::strong_count(&shared));
    let first = shared.borrow_mut();
    println!("holding a mutable borrow, hits = {}", first.hits);
    let second = shared.borrow_mut();
    println!("never printed {}", second.hits);
}
