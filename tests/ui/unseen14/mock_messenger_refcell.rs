// The Book's LimitTracker tested with a mock Messenger that records messages in a RefCell
use std::cell::RefCell;

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
    sends: RefCell<u32>,
}

impl Messenger for MockMessenger {
    fn send(&self, message: &str) {
        self.sent_messages.borrow_mut().push(String::from(message));
        *self.sends.borrow_mut() += 1;
    }
}

fn main() {
    let mock = MockMessenger { sent_messages: RefCell::new(vec![]), sends: RefCell::new(0) };
    let mut tracker = LimitTracker::new(&mock, 100);
    for v in [10, 80, 95, 50, 120] {
        tracker.set_value(v);
        println!("after {}: {} messages", v, mock.sent_messages.borrow().len());
    }
    for (i, m) in mock.sent_messages.borrow().iter().enumerate() {
        println!("{}. {}", i + 1, m);
    }
    println!("sends counted: {}", mock.sends.borrow());
    let first_len = mock.sent_messages.borrow().first().map(|m| m.len());
    println!("first message length: {:?}", first_len);
    mock.sent_messages.borrow_mut().clear();
    println!("cleared: {}", mock.sent_messages.borrow().is_empty());
    println!("try_borrow_mut while borrowed: {}", {
        let _r = mock.sends.borrow();
        mock.sends.try_borrow_mut().is_err()
    });
}
