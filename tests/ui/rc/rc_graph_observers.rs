// An observer list of Weak references: dropped observers are skipped and pruned.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Observer {
    name: String,
    seen: RefCell<Vec<i32>>,
}

struct Subject {
    observers: Vec<Weak<Observer>>,
}

impl Subject {
    fn notify(&mut self, event: i32) {
        self.observers.retain(|w| w.upgrade().is_some());
        for w in &self.observers {
            if let Some(o) = w.upgrade() {
                o.seen.borrow_mut().push(event);
            }
        }
    }
}

fn main() {
    let x = Rc::new(Observer { name: "x".into(), seen: RefCell::new(vec![]) });
    let y = Rc::new(Observer { name: "y".into(), seen: RefCell::new(vec![]) });
    let mut s = Subject { observers: vec![Rc::downgrade(&x), Rc::downgrade(&y)] };
    s.notify(1);
    drop(y);
    s.notify(2);
    println!("{} saw {:?}; {} observers left", x.name, x.seen.borrow(), s.observers.len());
}
