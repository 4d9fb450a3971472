// Box and Rc linked structures: a boxed cons list and a shared Rc chain.
use std::rc::Rc;

enum List {
    Cons(i64, Box<List>),
    Nil,
}

fn sum(list: &List) -> i64 {
    let mut total = 0;
    let mut cur = list;
    while let List::Cons(v, next) = cur {
        total += *v;
        cur = next;
    }
    total
}

struct Node {
    value: i64,
    next: Option<Rc<Node>>,
}

fn main() {
    let mut list = List::Nil;
    for i in 0..20000 {
        list = List::Cons(i, Box::new(list));
    }
    println!("boxed list sum = {}", sum(&list));

    let mut head: Option<Rc<Node>> = None;
    for i in 0..20000 {
        head = Some(Rc::new(Node { value: i, next: head.clone() }));
    }
    let mut total = 0;
    let mut cur = head.clone();
    while let Some(node) = cur {
        total += node.value;
        cur = node.next.clone();
    }
    println!("rc chain sum = {}, head count = {}", total, Rc::strong_count(head.as_ref().unwrap()));
    // Drop the long list iteratively so neither rustc's binary nor heaplab recurses 20000 deep.
    let mut cur = list;
    while let List::Cons(_, next) = cur {
        cur = *next;
    }
}
