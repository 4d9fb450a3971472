// A persistent cons list with Rc: sharing tails between lists, strong counts, and iteration by references.
use std::rc::Rc;

#[derive(Debug)]
enum List {
    Cons(i32, Rc<List>),
    Nil,
}

use List::{Cons, Nil};

fn cons(v: i32, tail: &Rc<List>) -> Rc<List> {
    Rc::new(Cons(v, Rc::clone(tail)))
}

fn to_vec(list: &List) -> Vec<i32> {
    let mut out = Vec::new();
    let mut cur = list;
    while let Cons(v, next) = cur {
        out.push(*v);
        cur = next;
    }
    out
}

fn sum(list: &List) -> i32 {
    match list {
        Cons(v, rest) => v + sum(rest),
        Nil => 0,
    }
}

fn main() {
    let nil = Rc::new(Nil);
    let shared = cons(3, &cons(4, &nil));
    println!("shared = {:?}", to_vec(&shared));
    println!("count after creating shared = {}", Rc::strong_count(&shared));
    let a = cons(1, &shared);
    println!("count after a = {}", Rc::strong_count(&shared));
    {
        let b = cons(2, &shared);
        let c = cons(0, &b);
        println!("a = {:?}, b = {:?}, c = {:?}", to_vec(&a), to_vec(&b), to_vec(&c));
        println!("count inside scope = {}", Rc::strong_count(&shared));
        println!("sum c = {}", sum(&c));
    }
    println!("count after scope = {}", Rc::strong_count(&shared));
    println!("nil count = {}", Rc::strong_count(&nil));
    let same = Rc::ptr_eq(&shared, match &*a {
        Cons(_, t) => t,
        Nil => &nil,
    });
    println!("a's tail is shared: {}", same);
    println!("{:?}", a);
    let long = (1..=5).rev().fold(Rc::clone(&nil), |acc, v| cons(v, &acc));
    println!("{:?} sum {}", to_vec(&long), sum(&long));
}
