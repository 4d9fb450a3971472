// Rc::make_mut clones on write only when the value is shared; get_mut only when unique.
use std::rc::Rc;

fn main() {
    let mut a = Rc::new(vec![1, 2]);
    Rc::make_mut(&mut a).push(3);
    println!("{:?} {}", a, Rc::strong_count(&a));
    let b = Rc::clone(&a);
    Rc::make_mut(&mut a).push(4);
    println!("{:?} {:?}", a, b);
    println!("{} {}", Rc::strong_count(&a), Rc::strong_count(&b));
    let mut c = Rc::clone(&b);
    println!("{}", Rc::get_mut(&mut c).is_none());
    drop(b);
    Rc::get_mut(&mut c).unwrap().clear();
    println!("{:?}", c);
}
