// Two Rc pointing at each other never reach a count of zero: the memory leaks (see leaked_bytes).
use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Person {
    name: String,
    friend: RefCell<Option<Rc<Person>>>,
    mentor: RefCell<Weak<Person>>,
}

impl Drop for Person {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn person(name: &str) -> Rc<Person> {
    Rc::new(Person { name: name.to_string(), friend: RefCell::new(None), mentor: RefCell::new(Weak::new()) })
}

fn main() {
    {
        let a = person("ana");
        let b = person("ben");
        *a.friend.borrow_mut() = Some(Rc::clone(&b));
        *b.friend.borrow_mut() = Some(Rc::clone(&a));
        println!("ana strong {} ben strong {}", Rc::strong_count(&a), Rc::strong_count(&b));
    }
    println!("ana and ben were not dropped");
    {
        let c = person("cleo");
        let d = person("dan");
        *c.mentor.borrow_mut() = Rc::downgrade(&d);
        *d.mentor.borrow_mut() = Rc::downgrade(&c);
        println!("cleo strong {} weak {}", Rc::strong_count(&c), Rc::weak_count(&c));
        let m = c.mentor.borrow().upgrade().map(|p| p.name.clone());
        println!("cleo's mentor {:?}", m);
    }
    println!("end of main");
}
