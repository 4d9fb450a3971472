// A shared graph with Rc<RefCell<Node>>: edges added after creation, a DFS visit, counts of owners
use std::cell::RefCell;
use std::rc::Rc;

struct Node {
    name: String,
    visited: bool,
    edges: Vec<Rc<RefCell<Node>>>,
}

fn node(name: &str) -> Rc<RefCell<Node>> {
    Rc::new(RefCell::new(Node { name: name.to_string(), visited: false, edges: Vec::new() }))
}

fn connect(a: &Rc<RefCell<Node>>, b: &Rc<RefCell<Node>>) {
    a.borrow_mut().edges.push(Rc::clone(b));
}

fn dfs(start: &Rc<RefCell<Node>>, order: &mut Vec<String>) {
    if start.borrow().visited {
        return;
    }
    start.borrow_mut().visited = true;
    order.push(start.borrow().name.clone());
    let edges: Vec<Rc<RefCell<Node>>> = start.borrow().edges.clone();
    for next in &edges {
        dfs(next, order);
    }
}

fn main() {
    let a = node("A");
    let b = node("B");
    let c = node("C");
    let d = node("D");
    let e = node("E");
    connect(&a, &b);
    connect(&a, &c);
    connect(&b, &d);
    connect(&c, &d);
    connect(&d, &e);
    connect(&e, &b);

    println!("strong counts: A={} B={} D={}", Rc::strong_count(&a), Rc::strong_count(&b), Rc::strong_count(&d));
    let mut order = Vec::new();
    dfs(&a, &mut order);
    println!("dfs from A: {}", order.join(" -> "));

    {
        let mut dn = d.borrow_mut();
        dn.name.push_str("-renamed");
    }
    let names: Vec<String> = b.borrow().edges.iter().map(|n| n.borrow().name.clone()).collect();
    println!("B points to {:?}", names);

    for n in [&a, &b, &c, &d, &e] {
        let node = n.borrow();
        println!("{:<10} out={} visited={}", node.name, node.edges.len(), node.visited);
    }
    e.borrow_mut().edges.clear();
    println!("after breaking the cycle: B strong = {}", Rc::strong_count(&b));
}
