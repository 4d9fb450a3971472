// A doubly linked deque with Rc<RefCell<Node>> forward links and Weak back links: push/pop at both ends, Drop prints.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Node {
    val: String,
    next: Option<Rc<RefCell<Node>>>,
    prev: Option<Weak<RefCell<Node>>>,
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("  drop node {}", self.val);
    }
}

struct Deque {
    head: Option<Rc<RefCell<Node>>>,
    tail: Option<Rc<RefCell<Node>>>,
}

impl Deque {
    fn new() -> Self {
        Deque { head: None, tail: None }
    }

    fn push_back(&mut self, val: &str) {
        let node = Rc::new(RefCell::new(Node { val: val.to_string(), next: None, prev: None }));
        match self.tail.take() {
            Some(old) => {
                node.borrow_mut().prev = Some(Rc::downgrade(&old));
                old.borrow_mut().next = Some(Rc::clone(&node));
            }
            None => self.head = Some(Rc::clone(&node)),
        }
        self.tail = Some(node);
    }

    fn push_front(&mut self, val: &str) {
        let node = Rc::new(RefCell::new(Node { val: val.to_string(), next: None, prev: None }));
        match self.head.take() {
            Some(old) => {
                old.borrow_mut().prev = Some(Rc::downgrade(&node));
                node.borrow_mut().next = Some(old);
            }
            None => self.tail = Some(Rc::clone(&node)),
        }
        self.head = Some(node);
    }

    fn pop_front(&mut self) -> Option<String> {
        self.head.take().map(|old| {
            match old.borrow_mut().next.take() {
                Some(next) => {
                    next.borrow_mut().prev = None;
                    self.head = Some(next);
                }
                None => {
                    self.tail = None;
                }
            }
            let v = old.borrow().val.clone();
            v
        })
    }

    fn pop_back(&mut self) -> Option<String> {
        self.tail.take().map(|old| {
            let prev = old.borrow_mut().prev.take().and_then(|w| w.upgrade());
            match prev {
                Some(p) => {
                    p.borrow_mut().next = None;
                    self.tail = Some(p);
                }
                None => {
                    self.head = None;
                }
            }
            let v = old.borrow().val.clone();
            v
        })
    }

    fn forward(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut cur = self.head.clone();
        while let Some(n) = cur {
            out.push(n.borrow().val.clone());
            cur = n.borrow().next.clone();
        }
        out
    }

    fn backward(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut cur = self.tail.clone();
        while let Some(n) = cur {
            out.push(n.borrow().val.clone());
            cur = n.borrow().prev.as_ref().and_then(|w| w.upgrade());
        }
        out
    }
}

fn main() {
    let mut d = Deque::new();
    d.push_back("b");
    d.push_back("c");
    d.push_front("a");
    d.push_back("d");
    println!("forward  {:?}", d.forward());
    println!("backward {:?}", d.backward());
    if let Some(h) = &d.head {
        println!("head strong={} weak={}", Rc::strong_count(h), Rc::weak_count(h));
    }
    println!("pop_front -> {:?}", d.pop_front());
    println!("pop_back -> {:?}", d.pop_back());
    println!("forward  {:?}", d.forward());
    d.push_front("z");
    println!("backward {:?}", d.backward());
    println!("dropping the deque");
    drop(d);
    println!("end");
}
