// Weak references: weak_count, upgrade while alive, None after the last Rc drops.
use std::rc::{Rc, Weak};

fn main() {
    let strong = Rc::new(42);
    let weak: Weak<i32> = Rc::downgrade(&strong);
    println!("strong {} weak {}", Rc::strong_count(&strong), Rc::weak_count(&strong));
    let w2 = weak.clone();
    println!("strong {} weak {}", Rc::strong_count(&strong), Rc::weak_count(&strong));
    println!("{:?}", weak.upgrade());
    drop(strong);
    println!("{:?} {:?}", weak.upgrade(), w2.upgrade());
    println!("{} {}", weak.strong_count(), weak.weak_count());
    let empty: Weak<i32> = Weak::new();
    println!("{:?}", empty.upgrade());
}
