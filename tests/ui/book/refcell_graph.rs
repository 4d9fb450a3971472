// Smart pointers: an adjacency list in Rc<RefCell<Node>>, DFS with a visited set, cycle through Weak.
use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::{Rc, Weak};

struct Node {
    id: u32,
    edges: Vec<Rc<RefCell<Node>>>,
    back: Option<Weak<RefCell<Node>>>,
}

fn node(id: u32) -> Rc<RefCell<Node>> {
    Rc::new(RefCell::new(Node { id, edges: Vec::new(), back: None }))
}

fn dfs(n: &Rc<RefCell<Node>>, seen: &mut HashSet<u32>, order: &mut Vec<u32>) {
    let id = n.borrow().id;
    if !seen.insert(id) {
        return;
    }
    order.push(id);
    let edges: Vec<Rc<RefCell<Node>>> = n.borrow().edges.iter().cloned().collect();
    for e in &edges {
        dfs(e, seen, order);
    }
}

fn main() {
    let nodes: Vec<Rc<RefCell<Node>>> = (0..5).map(node).collect();
    let links = [(0, 1), (0, 2), (1, 3), (2, 3), (3, 4)];
    for (a, b) in links {
        let target = Rc::clone(&nodes[b]);
        nodes[a].borrow_mut().edges.push(target);
    }
    nodes[4].borrow_mut().back = Some(Rc::downgrade(&nodes[0]));
    let mut seen = HashSet::new();
    let mut order = Vec::new();
    dfs(&nodes[0], &mut seen, &mut order);
    println!("dfs order {:?}", order);
    for n in &nodes {
        let b = n.borrow();
        let ids: Vec<u32> = b.edges.iter().map(|e| e.borrow().id).collect();
        println!("{} -> {:?} strong={} weak={}", b.id, ids, Rc::strong_count(n), Rc::weak_count(n));
    }
    let back = nodes[4].borrow().back.as_ref().and_then(|w| w.upgrade()).map(|n| n.borrow().id);
    println!("back edge to {:?}", back);
    nodes[3].borrow_mut().id = 30;
    println!("via 1: {}", nodes[1].borrow().edges[0].borrow().id);
    let total: u32 = nodes.iter().map(|n| n.borrow().id).sum();
    println!("total {total} seen {}", seen.len());
}
