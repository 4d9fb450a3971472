// Rc<RefCell<>> graph: shared nodes with mutable neighbour lists, strong counts and a traversal.
use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

#[derive(Debug)]
struct Node {
    id: u32,
    label: String,
    edges: Vec<Rc<RefCell<Node>>>,
}

type NodeRef = Rc<RefCell<Node>>;

fn node(id: u32, label: &str) -> NodeRef {
    Rc::new(RefCell::new(Node { id, label: label.to_string(), edges: vec![] }))
}

fn connect(a: &NodeRef, b: &NodeRef) {
    a.borrow_mut().edges.push(Rc::clone(b));
}

fn reachable(start: &NodeRef) -> Vec<u32> {
    let mut seen = HashSet::new();
    let mut stack = vec![Rc::clone(start)];
    let mut order = Vec::new();
    while let Some(n) = stack.pop() {
        let id = n.borrow().id;
        if !seen.insert(id) {
            continue;
        }
        order.push(id);
        for e in n.borrow().edges.iter().rev() {
            stack.push(Rc::clone(e));
        }
    }
    order
}

fn main() {
    let a = node(1, "a");
    let b = node(2, "b");
    let c = node(3, "c");
    let d = node(4, "d");
    connect(&a, &b);
    connect(&a, &c);
    connect(&b, &d);
    connect(&c, &d);
    println!("counts a={} b={} c={} d={}", Rc::strong_count(&a), Rc::strong_count(&b), Rc::strong_count(&c), Rc::strong_count(&d));
    println!("from a: {:?}", reachable(&a));
    println!("from c: {:?}", reachable(&c));

    d.borrow_mut().label.push_str("-sink");
    for e in &a.borrow().edges {
        let e = e.borrow();
        let names: Vec<String> = e.edges.iter().map(|n| n.borrow().label.clone()).collect();
        println!("{} -> {:?}", e.label, names);
    }
    {
        let mut bm = b.borrow_mut();
        bm.edges.clear();
    }
    println!("after clearing b: d count {}", Rc::strong_count(&d));
    println!("from a: {:?}", reachable(&a));

    let shared = Rc::new(RefCell::new(vec![1, 2, 3]));
    let owners: Vec<Rc<RefCell<Vec<i32>>>> = (0..3).map(|_| Rc::clone(&shared)).collect();
    for (i, o) in owners.iter().enumerate() {
        o.borrow_mut().push(10 * i as i32);
    }
    println!("{:?} strong {}", shared.borrow(), Rc::strong_count(&shared));
    drop(owners);
    println!("strong after drop {}", Rc::strong_count(&shared));
    println!("ptr_eq {}", Rc::ptr_eq(&a.borrow().edges[0], &b));
    let total: i32 = shared.borrow().iter().sum();
    println!("total {total}");
    let label_len = a.borrow().label.len() + c.borrow().label.len();
    println!("{}", label_len);
}
