// Rc: strong/weak counts through clones and drops, ptr_eq, try_unwrap, make_mut (clone on write), get_mut, into_inner, Weak::upgrade after drop.
use std::rc::{Rc, Weak};

fn main() {
    let a = Rc::new(String::from("shared"));
    let b = Rc::clone(&a);
    let c = a.clone();
    println!("strong {} weak {}", Rc::strong_count(&a), Rc::weak_count(&a));
    println!("{} {}", Rc::ptr_eq(&a, &b), Rc::ptr_eq(&a, &Rc::new(String::from("shared"))));
    let w: Weak<String> = Rc::downgrade(&a);
    println!("strong {} weak {} up {:?}", Rc::strong_count(&a), Rc::weak_count(&a), w.upgrade().map(|s| s.len()));
    drop(b);
    drop(c);
    println!("strong {}", Rc::strong_count(&a));
    let a2 = Rc::clone(&a);
    let r = Rc::try_unwrap(a);
    println!("try_unwrap with 2 owners: {}", r.is_err());
    let a = r.unwrap_err();
    drop(a2);
    let s = Rc::try_unwrap(a).unwrap();
    println!("unwrapped {:?} weak alive {}", s, w.upgrade().is_some());
    let mut data = Rc::new(vec![1, 2, 3]);
    let other = Rc::clone(&data);
    Rc::make_mut(&mut data).push(4);
    println!("{:?} {:?} {}", data, other, Rc::ptr_eq(&data, &other));
    Rc::make_mut(&mut data).push(5);
    println!("{:?} count {}", data, Rc::strong_count(&data));
    let mut solo = Rc::new(10);
    *Rc::get_mut(&mut solo).unwrap() += 1;
    let share = Rc::clone(&solo);
    println!("{}", solo);
    println!("{:?}", Rc::get_mut(&mut solo));
    drop(share);
    println!("{:?}", Rc::into_inner(solo));
    let weak_only: Weak<i32> = Weak::new();
    println!("{:?} {}", weak_only.upgrade(), weak_only.strong_count());
    let w2;
    {
        let tmp = Rc::new(5);
        w2 = Rc::downgrade(&tmp);
        println!("inside {:?}", w2.upgrade());
    }
    println!("outside {:?} {}", w2.upgrade(), w2.strong_count());
    let list: Vec<Rc<str>> = vec![Rc::from("x"), Rc::from("yz")];
    let copy = list.clone();
    println!("{:?} {}", copy, Rc::strong_count(&list[1]));
}
