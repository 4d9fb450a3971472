// A small social network: people in Rc<RefCell<Person>> with friends held as Weak references.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Person {
    name: String,
    friends: Vec<Weak<RefCell<Person>>>,
}

fn person(name: &str) -> Rc<RefCell<Person>> {
    Rc::new(RefCell::new(Person { name: name.to_string(), friends: Vec::new() }))
}

fn befriend(a: &Rc<RefCell<Person>>, b: &Rc<RefCell<Person>>) {
    a.borrow_mut().friends.push(Rc::downgrade(b));
    b.borrow_mut().friends.push(Rc::downgrade(a));
}

fn friend_names(p: &Rc<RefCell<Person>>) -> Vec<String> {
    let mut names: Vec<String> = p
        .borrow()
        .friends
        .iter()
        .filter_map(|w| w.upgrade())
        .map(|f| f.borrow().name.clone())
        .collect();
    names.sort();
    names
}

fn mutual(a: &Rc<RefCell<Person>>, b: &Rc<RefCell<Person>>) -> Vec<String> {
    let fb = friend_names(b);
    friend_names(a).into_iter().filter(|n| fb.contains(n)).collect()
}

fn main() {
    let ann = person("Ann");
    let bob = person("Bob");
    let cat = person("Cat");
    let dan = person("Dan");
    befriend(&ann, &bob);
    befriend(&ann, &cat);
    befriend(&bob, &cat);
    befriend(&cat, &dan);
    for p in [&ann, &bob, &cat, &dan] {
        println!("{} -> {:?} (strong={}, weak={})", p.borrow().name, friend_names(p), Rc::strong_count(p), Rc::weak_count(p));
    }
    println!("mutual(Ann, Bob) = {:?}", mutual(&ann, &bob));
    println!("mutual(Ann, Dan) = {:?}", mutual(&ann, &dan));
    drop(cat);
    println!("after Cat leaves:");
    for p in [&ann, &bob, &dan] {
        let p_ref = p.borrow();
        let dead = p_ref.friends.iter().filter(|w| w.upgrade().is_none()).count();
        println!("{} -> {:?}, {} dangling", p_ref.name, friend_names(p), dead);
    }
    ann.borrow_mut().friends.retain(|w| w.strong_count() > 0);
    println!("Ann keeps {} links", ann.borrow().friends.len());
}
