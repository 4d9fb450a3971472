// Check-time benchmark: passing tests/ui programs (nll-accepted) as modules, about 200 lines.
mod alternating_mut_and_shared_calls {
// Alternating `f(&mut v)` and `g(&v)`: each borrow lasts only for its call.
fn grow(v: &mut Vec<u32>) {
    let n = v.len() as u32;
    v.push(n * n);
}

fn show(v: &Vec<u32>) {
    println!("{:?}", v);
}

pub fn main() {
    let mut v = Vec::new();
    grow(&mut v);
    show(&v);
    grow(&mut v);
    grow(&mut v);
    show(&v);
}
}
mod assign_after_last_borrow {
// Assigning to a variable after the last use of a borrow of it.
pub fn main() {
    let mut x = 5;
    let r = &x;
    println!("{}", r);
    x = 6;
    println!("{}", x);
    let mut s = String::from("a");
    let len = &s.len();
    s = String::from("bbb");
    println!("{} {}", len, s);
}
}
mod best_ref_updated_in_loop {
// A shared reference reassigned in a loop to the best element so far.
pub fn main() {
    let words = vec![String::from("aa"), String::from("b"), String::from("cccc")];
    let mut best = &words[0];
    for w in &words {
        if w.len() > best.len() {
            best = w;
        }
    }
    println!("{}", best);
    let mut owned = words.clone();
    owned.push(best.clone());
    println!("{}", owned.len());
}
}
mod borrow_ends_at_last_use {
// NLL: a shared borrow ends at its last use, so a later mutable borrow is fine.
pub fn main() {
    let mut v = vec![1, 2, 3];
    let first = &v[0];
    println!("first = {}", first);
    v.push(4);
    println!("{:?}", v);
    let total: i32 = v.iter().sum();
    println!("total = {}", total);
}
}
mod borrow_in_inner_block {
// A borrow confined to an inner block, then mutation after it.
pub fn main() {
    let mut scores = vec![10, 20, 30];
    {
        let best = scores.iter().max().unwrap();
        println!("best {}", best);
    }
    scores.push(40);
    let avg = scores.iter().sum::<i32>() / scores.len() as i32;
    scores.push(avg);
    println!("{:?}", scores);
}
}
mod borrow_in_loop_body {
// A borrow taken inside a loop body ends before the next iteration mutates.
pub fn main() {
    let mut v = vec![1];
    for i in 0..4 {
        let last = *v.last().unwrap();
        v.push(last + i);
    }
    println!("{:?}", v);
    let mut words = vec![String::from("a")];
    for _ in 0..2 {
        let w = words[words.len() - 1].clone();
        words.push(w + "a");
    }
    println!("{:?}", words);
}
}
mod box_dyn_in_struct_owned_closure {
// A struct of boxed closures that own their data.
struct Registry {
    actions: Vec<Box<dyn Fn() -> String>>,
}

impl Registry {
    fn add(&mut self, name: &str) {
        let n = name.to_string();
        self.actions.push(Box::new(move || n.clone()));
    }
}

pub fn main() {
    let mut r = Registry { actions: Vec::new() };
    r.add("a");
    r.add("b");
    for a in &r.actions {
        println!("{}", a());
    }
}
}
mod box_dyn_owning_closure {
// A boxed closure that owns a clone of its input is 'static.
fn printer(prefix: &str) -> Box<dyn Fn(i32) -> String> {
    let p = prefix.to_string();
    Box::new(move |x| format!("{}{}", p, x))
}

pub fn main() {
    let f = printer("n=");
    println!("{}", f(3));
}
}
mod box_dyn_with_lifetime_bound {
// `Box<dyn Trait + 'a>` can hold a borrow of lifetime 'a.
use std::fmt::Display;

fn boxed<'a>(s: &'a str) -> Box<dyn Display + 'a> {
    Box::new(s)
}

pub fn main() {
    let owned = String::from("hi");
    println!("{}", boxed(&owned));
}
}
mod box_move_out_by_deref {
// `*b` moves the contents out of a Box (Box is special); the Box is consumed.
pub fn main() {
    let b = Box::new(String::from("boxed"));
    let s: String = *b;
    println!("{}", s);
    let pair = Box::new((String::from("l"), String::from("r")));
    let (l, r) = *pair;
    println!("{} {}", l, r);
    let nested = Box::new(Box::new(5));
    println!("{}", **nested + 1);
}
}
mod builder_consuming_self {
// A builder whose methods take and return `self`: each call moves the value along.
#[derive(Debug)]
struct Request {
    url: String,
    retries: u32,
}

impl Request {
    fn new(url: &str) -> Request {
        Request { url: url.to_string(), retries: 0 }
    }
    fn retries(mut self, n: u32) -> Request {
        self.retries = n;
        self
    }
}

pub fn main() {
    let r = Request::new("http://x").retries(3);
    let n = r.retries + 1;
    let r = r.retries(n);
    println!("{:?}", r);
}
}
mod closure_borrow_ends {
// A closure's borrow ends at the closure's last call.
pub fn main() {
    let mut v = vec![1, 2, 3];
    let sum = || v.iter().sum::<i32>();
    println!("{}", sum());
    v.push(4);
    let mut add = |x| v.push(x);
    add(5);
    add(6);
    println!("{:?}", v);
}
}
fn main() {
    alternating_mut_and_shared_calls::main();
    assign_after_last_borrow::main();
    best_ref_updated_in_loop::main();
    borrow_ends_at_last_use::main();
    borrow_in_inner_block::main();
    borrow_in_loop_body::main();
    box_dyn_in_struct_owned_closure::main();
    box_dyn_owning_closure::main();
    box_dyn_with_lifetime_bound::main();
    box_move_out_by_deref::main();
    builder_consuming_self::main();
    closure_borrow_ends::main();
}
