// Smart pointers: observers held through Weak, dropped subscribers detected, Rc::ptr_eq, try_unwrap.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Subscriber {
    name: String,
    inbox: RefCell<Vec<String>>,
}

struct Publisher {
    subs: Vec<Weak<Subscriber>>,
}

impl Publisher {
    fn publish(&mut self, msg: &str) -> usize {
        let mut delivered = 0;
        self.subs.retain(|w| match w.upgrade() {
            Some(s) => {
                s.inbox.borrow_mut().push(msg.to_string());
                delivered += 1;
                true
            }
            None => false,
        });
        delivered
    }
}

fn main() {
    let alice = Rc::new(Subscriber { name: "alice".into(), inbox: RefCell::new(vec![]) });
    let mut publisher = Publisher { subs: vec![Rc::downgrade(&alice)] };
    {
        let bob = Rc::new(Subscriber { name: "bob".into(), inbox: RefCell::new(vec![]) });
        publisher.subs.push(Rc::downgrade(&bob));
        println!("delivered {}", publisher.publish("first"));
        println!("bob got {:?}", bob.inbox.borrow());
        println!("{} weak={}", bob.name, Rc::weak_count(&bob));
    }
    println!("delivered {}", publisher.publish("second"));
    println!("subs left {}", publisher.subs.len());
    println!("{} got {:?}", alice.name, alice.inbox.borrow());
    let alias = Rc::clone(&alice);
    println!("same {}", Rc::ptr_eq(&alias, &alice));
    let other = Rc::new(Subscriber { name: "carol".into(), inbox: RefCell::new(vec![]) });
    println!("same {}", Rc::ptr_eq(&other, &alice));
    drop(alias);
    match Rc::try_unwrap(alice) {
        Ok(s) => println!("unwrapped {} with {} messages", s.name, s.inbox.into_inner().len()),
        Err(_) => println!("still shared"),
    }
    println!("delivered {}", publisher.publish("third"));
}
