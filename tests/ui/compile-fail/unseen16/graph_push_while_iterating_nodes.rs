//@ compile-fail
// Adding nodes to a graph's Vec while iterating over that Vec.
struct Graph {
    nodes: Vec<(u32, Vec<usize>)>,
}

impl Graph {
    fn add_leaves(&mut self) {
        for (i, node) in self.nodes.iter().enumerate() {
            if node.1.is_empty() {
                self.nodes.push((node.0 * 10, vec![i])); //~ ERROR E0502
            }
        }
    }
}

fn main() {
    let mut g = Graph { nodes: vec![(1, vec![]), (2, vec![0])] };
    g.add_leaves();
    println!("{}", g.nodes.len());
}
