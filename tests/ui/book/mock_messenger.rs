// Smart pointers: interior mutability with RefCell in a mock object, a LimitTracker with a trait.
use std::cell::{Cell, RefCell};

pub trait Messenger {
    fn send(&self, msg: &str);
}

pub struct LimitTracker<'a, T: Messenger> {
    messenger: &'a T,
    value: usize,
    max: usize,
}

impl<'a, T> LimitTracker<'a, T>
where
    T: Messenger,
{
    pub fn new(messenger: &'a T, max: usize) -> LimitTracker<'a, T> {
        LimitTracker { messenger, value: 0, max }
    }

    pub fn set_value(&mut self, value: usize) {
        self.value = value;
        let percentage_of_max = self.value as f64 / self.max as f64;
        if percentage_of_max >= 1.0 {
            self.messenger.send("Error: You are over your quota!");
        } else if percentage_of_max >= 0.9 {
            self.messenger.send("Urgent warning: You've used up over 90% of your quota!");
        } else if percentage_of_max >= 0.75 {
            self.messenger.send("Warning: You've used up over 75% of your quota!");
        }
    }
}

struct MockMessenger {
    sent_messages: RefCell<Vec<String>>,
    calls: Cell<u32>,
}

impl Messenger for MockMessenger {
    fn send(&self, message: &str) {
        self.calls.set(self.calls.get() + 1);
        self.sent_messages.borrow_mut().push(String::from(message));
    }
}

fn main() {
    let mock = MockMessenger { sent_messages: RefCell::new(vec![]), calls: Cell::new(0) };
    let mut tracker = LimitTracker::new(&mock, 100);
    for v in [10, 80, 95, 120, 50] {
        tracker.set_value(v);
    }
    println!("calls: {}", mock.calls.get());
    for m in mock.sent_messages.borrow().iter() {
        println!("{m}");
    }
    let cell = RefCell::new(vec![1]);
    {
        let r1 = cell.borrow();
        let r2 = cell.borrow();
        println!("two readers: {} {}", r1.len(), r2.len());
        println!("try_borrow_mut fails: {}", cell.try_borrow_mut().is_err());
    }
    cell.borrow_mut().push(2);
    println!("{:?}", cell.borrow());
    let c = Cell::new(5);
    let old = c.replace(9);
    println!("{old} {}", c.get());
}
