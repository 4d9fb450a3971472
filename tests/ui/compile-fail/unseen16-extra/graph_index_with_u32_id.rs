//@ compile-fail
// An arena graph whose node ids are u32, used directly to index the Vec of nodes.
struct Node {
    edges: Vec<u32>,
}

struct Graph {
    nodes: Vec<Node>,
}

impl Graph {
    fn degree(&self, id: u32) -> usize {
        self.nodes[id].edges.len() //~ ERROR E0277
    }
}

fn main() {
    let g = Graph { nodes: vec![Node { edges: vec![0] }] };
    println!("{}", g.degree(0));
}
