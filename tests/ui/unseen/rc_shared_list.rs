// Chapter 15: Rc for shared ownership and reference counts over scopes.
use std::rc::Rc;

#[derive(Debug)]
enum List {
    Cons(i32, Rc<List>),
    Nil,
}

use crate::List::{Cons, Nil};

fn total(l: &List) -> i32 {
    let mut sum = 0;
    let mut cur = l;
    while let Cons(v, next) = cur {
        sum += v;
        cur = next;
    }
    sum
}

fn main() {
    let a = Rc::new(Cons(5, Rc::new(Cons(10, Rc::new(Nil)))));
    println!("count after creating a = {}", Rc::strong_count(&a));
    let b = Cons(3, Rc::clone(&a));
    println!("count after creating b = {}", Rc::strong_count(&a));
    {
        let c = Cons(4, Rc::clone(&a));
        println!("count after creating c = {}", Rc::strong_count(&a));
        println!("c total = {}", total(&c));
    }
    println!("count after c goes out of scope = {}", Rc::strong_count(&a));
    println!("b total = {}", total(&b));
    println!("{:?}", b);
    let shared = Rc::new(String::from("shared text"));
    let holders: Vec<Rc<String>> = (0..3).map(|_| Rc::clone(&shared)).collect();
    println!("{} holders, strong = {}", holders.len(), Rc::strong_count(&shared));
    drop(holders);
    println!("strong = {}", Rc::strong_count(&shared));
    println!("{}", Rc::ptr_eq(&shared, &shared.clone()));
}
