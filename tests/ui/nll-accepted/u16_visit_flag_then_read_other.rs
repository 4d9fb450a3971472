// Setting a flag through `&mut graph.nodes[i]` and then reading a neighbour through a shared borrow.
struct Node {
    visited: bool,
    edges: Vec<usize>,
}

fn main() {
    let mut nodes = vec![
        Node { visited: false, edges: vec![1, 2] },
        Node { visited: false, edges: vec![2] },
        Node { visited: false, edges: vec![] },
    ];
    let mut order = vec![];
    let mut stack = vec![0];
    while let Some(i) = stack.pop() {
        let n = &mut nodes[i];
        if n.visited {
            continue;
        }
        n.visited = true;
        order.push(i);
        let next = &nodes[i].edges;
        for &e in next.iter().rev() {
            stack.push(e);
        }
    }
    println!("{:?} all visited: {}", order, nodes.iter().all(|n| n.visited));
}
