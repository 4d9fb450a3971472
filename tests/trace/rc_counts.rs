// Rc shares one heap value: strong and weak counts change as handles come and go.
use std::rc::Rc;

fn main() {
    let a = Rc::new(String::from("shared"));
    let b = Rc::clone(&a);
    let w = Rc::downgrade(&a);
    println!("strong = {}, weak = {}", Rc::strong_count(&a), Rc::weak_count(&a));
    drop(b);
    println!("strong = {}", Rc::strong_count(&a));
    drop(w);
}
