// Rc::strong_count as clones are made and dropped.
use std::rc::Rc;

fn main() {
    let a = Rc::new(String::from("shared"));
    println!("count after creating a = {}", Rc::strong_count(&a));
    let b = Rc::clone(&a);
    println!("count after creating b = {}", Rc::strong_count(&a));
    {
        let c = a.clone();
        println!("count after creating c = {} ({c})", Rc::strong_count(&c));
    }
    println!("count after c goes out of scope = {}", Rc::strong_count(&a));
    drop(b);
    println!("count after dropping b = {}", Rc::strong_count(&a));
    println!("{}", Rc::ptr_eq(&a, &a.clone()));
}
