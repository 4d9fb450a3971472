// The observer pattern with Rc<RefCell<_>> subscribers held weakly by a publisher; dropped ones are pruned.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Subscriber {
    name: String,
    inbox: Vec<String>,
}

struct Publisher {
    subs: Vec<Weak<RefCell<Subscriber>>>,
}

impl Publisher {
    fn subscribe(&mut self, s: &Rc<RefCell<Subscriber>>) {
        self.subs.push(Rc::downgrade(s));
    }

    fn publish(&mut self, msg: &str) -> usize {
        let mut delivered = 0;
        self.subs.retain(|w| match w.upgrade() {
            Some(s) => {
                s.borrow_mut().inbox.push(msg.to_string());
                delivered += 1;
                true
            }
            None => false,
        });
        delivered
    }
}

impl Drop for Subscriber {
    fn drop(&mut self) {
        println!("{} leaves with {} messages", self.name, self.inbox.len());
    }
}

fn subscriber(name: &str) -> Rc<RefCell<Subscriber>> {
    Rc::new(RefCell::new(Subscriber { name: name.to_string(), inbox: Vec::new() }))
}

fn main() {
    let mut news = Publisher { subs: Vec::new() };
    let ann = subscriber("ann");
    let bob = subscriber("bob");
    news.subscribe(&ann);
    news.subscribe(&bob);
    println!("delivered {}", news.publish("issue 1"));
    {
        let cat = subscriber("cat");
        news.subscribe(&cat);
        println!("delivered {}", news.publish("issue 2"));
        println!("cat strong {} weak {}", Rc::strong_count(&cat), Rc::weak_count(&cat));
    }
    println!("subs before prune {}", news.subs.len());
    println!("delivered {}", news.publish("issue 3"));
    println!("subs after prune {}", news.subs.len());
    let extra = Rc::clone(&bob);
    drop(bob);
    println!("delivered {}", news.publish("issue 4"));
    println!("bob via extra: {:?}", extra.borrow().inbox);
    drop(extra);
    println!("delivered {}", news.publish("issue 5"));
    println!("ann: {}", ann.borrow().inbox.join(", "));
}
