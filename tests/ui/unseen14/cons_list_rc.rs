// A cons list with Rc: two lists sharing a tail, strong counts as lists come and go, a sum by recursion
use std::rc::Rc;

#[derive(Debug)]
enum List {
    Cons(i32, Rc<List>),
    Nil,
}

use List::{Cons, Nil};

fn sum(list: &List) -> i32 {
    match list {
        Cons(v, rest) => v + sum(rest),
        Nil => 0,
    }
}

fn to_vec(list: &Rc<List>) -> Vec<i32> {
    let mut out = Vec::new();
    let mut cur = Rc::clone(list);
    while let Cons(v, next) = &*cur {
        out.push(*v);
        let next = Rc::clone(next);
        cur = next;
    }
    out
}

fn main() {
    let a = Rc::new(Cons(5, Rc::new(Cons(10, Rc::new(Nil)))));
    println!("count after creating a = {}", Rc::strong_count(&a));
    let b = Cons(3, Rc::clone(&a));
    println!("count after creating b = {}", Rc::strong_count(&a));
    {
        let c = Cons(4, Rc::clone(&a));
        println!("count after creating c = {}", Rc::strong_count(&a));
        println!("sum c = {}", sum(&c));
    }
    println!("count after c goes out of scope = {}", Rc::strong_count(&a));
    println!("sum b = {}, sum a = {}", sum(&b), sum(&a));
    println!("a as vec: {:?}", to_vec(&a));
    let shared = Rc::new(b);
    let d = Rc::new(Cons(1, Rc::clone(&shared)));
    println!("d = {:?}", to_vec(&d));
    println!("shared count {} a count {}", Rc::strong_count(&shared), Rc::strong_count(&a));
    drop(d);
    println!("shared count after drop {}", Rc::strong_count(&shared));
    if let Cons(head, tail) = &*shared {
        println!("head {} tail {:?}", head, tail);
    }
}
