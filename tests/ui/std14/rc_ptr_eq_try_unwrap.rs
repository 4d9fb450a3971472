// Rc::ptr_eq, try_unwrap failing then succeeding, get_mut when unique or shared, make_mut cloning on write, strong/weak counts with Weak upgrade.
use std::rc::{Rc, Weak};

#[derive(Debug, Clone)]
struct Node { val: i32, tags: Vec<String> }

fn main() {
    let a = Rc::new(Node { val: 1, tags: vec!["x".into()] });
    let b = Rc::clone(&a);
    let c = Rc::new(Node { val: 1, tags: vec!["x".into()] });
    println!("{} {} {}", Rc::ptr_eq(&a, &b), Rc::ptr_eq(&a, &c), Rc::strong_count(&a));
    let a = match Rc::try_unwrap(a) {
        Ok(n) => { println!("unwrapped {:?}", n); return; }
        Err(rc) => { println!("still shared {}", Rc::strong_count(&rc)); rc }
    };
    drop(b);
    let mut a = a;
    if let Some(n) = Rc::get_mut(&mut a) { n.val += 10; }
    println!("{:?}", a);
    let w: Weak<Node> = Rc::downgrade(&a);
    println!("strong {} weak {}", Rc::strong_count(&a), Rc::weak_count(&a));
    let mut shared = Rc::clone(&a);
    println!("get_mut when shared: {}", Rc::get_mut(&mut shared).is_none());
    Rc::make_mut(&mut shared).tags.push("y".into());
    println!("{:?} {:?} eq {}", a, shared, Rc::ptr_eq(&a, &shared));
    Rc::make_mut(&mut shared).val = 99;
    println!("{:?}", shared);
    println!("upgrade {:?}", w.upgrade().map(|n| n.val));
    let inner = Rc::try_unwrap(a).unwrap();
    println!("inner {:?} upgrade {:?} weak strong {}", inner, w.upgrade().map(|n| n.val), w.strong_count());
    let s: Rc<str> = Rc::from("shared text");
    let s2 = Rc::clone(&s);
    println!("{} {} {}", s2, s.len(), Rc::strong_count(&s));
    println!("{:?}", Rc::into_inner(shared).map(|n| n.tags));
}
