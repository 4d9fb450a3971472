// Several Rc owners read the same value; no borrow conflicts because nothing mutates.
use std::rc::Rc;

fn main() {
    let shared = Rc::new(String::from("config"));
    let a = Rc::clone(&shared);
    let b = Rc::clone(&shared);
    println!("{} {} {}", a, b, Rc::strong_count(&shared));
    drop(a);
    println!("{}", Rc::strong_count(&shared));
    let list: Vec<Rc<String>> = (0..3).map(|_| Rc::clone(&b)).collect();
    println!("{} {}", list.len(), Rc::strong_count(&shared));
}
