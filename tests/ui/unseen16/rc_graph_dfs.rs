// A graph of Rc<RefCell<Vertex>> with Weak edges to avoid cycles of strong counts: DFS, visited flags reset, and counts after dropping a vertex.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Vertex {
    id: u32,
    visited: bool,
    out: Vec<Weak<RefCell<Vertex>>>,
}

type V = Rc<RefCell<Vertex>>;

fn vertex(id: u32) -> V {
    Rc::new(RefCell::new(Vertex { id, visited: false, out: Vec::new() }))
}

fn connect(a: &V, b: &V) {
    a.borrow_mut().out.push(Rc::downgrade(b));
}

fn dfs(v: &V, order: &mut Vec<u32>) {
    {
        let mut vb = v.borrow_mut();
        if vb.visited {
            return;
        }
        vb.visited = true;
        order.push(vb.id);
    }
    let next: Vec<V> = v.borrow().out.iter().filter_map(|w| w.upgrade()).collect();
    for n in &next {
        dfs(n, order);
    }
}

fn reset(all: &[V]) {
    for v in all {
        v.borrow_mut().visited = false;
    }
}

fn main() {
    let all: Vec<V> = (0..6).map(vertex).collect();
    let edges = [(0, 1), (0, 2), (1, 3), (2, 3), (3, 0), (3, 4), (5, 4)];
    for (a, b) in edges {
        connect(&all[a], &all[b]);
    }
    let mut order = Vec::new();
    dfs(&all[0], &mut order);
    println!("dfs from 0: {:?}", order);
    reset(&all);
    order.clear();
    dfs(&all[5], &mut order);
    println!("dfs from 5: {:?}", order);
    println!("strong(3)={} weak(3)={}", Rc::strong_count(&all[3]), Rc::weak_count(&all[3]));

    let mut all = all;
    let removed = all.remove(3);
    println!("removed vertex {}", removed.borrow().id);
    drop(removed);
    reset(&all);
    order.clear();
    dfs(&all[0], &mut order);
    println!("dfs from 0 without 3: {:?}", order);
    let dangling: usize = all.iter().map(|v| v.borrow().out.iter().filter(|w| w.upgrade().is_none()).count()).sum();
    println!("dangling edges: {}", dangling);
}
