//@ compile-fail
// Iterating a Vec of nodes by value in a for loop and then asking for its length.
struct Node {
    id: usize,
    edges: Vec<usize>,
}

fn main() {
    let nodes = vec![Node { id: 0, edges: vec![1] }, Node { id: 1, edges: vec![] }];
    let mut total = 0;
    for n in nodes {
        total += n.edges.len() + n.id;
    }
    println!("{} edges among {} nodes", total, nodes.len()); //~ ERROR E0382
}
