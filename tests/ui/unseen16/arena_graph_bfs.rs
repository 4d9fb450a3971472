// An index-based graph: Vec<Node> arena with usize ids, BFS shortest paths and a topological sort (Kahn).
use std::collections::VecDeque;

struct Node {
    name: String,
    edges: Vec<usize>,
}

#[derive(Default)]
struct Graph {
    nodes: Vec<Node>,
}

impl Graph {
    fn add(&mut self, name: &str) -> usize {
        self.nodes.push(Node { name: name.to_string(), edges: Vec::new() });
        self.nodes.len() - 1
    }

    fn link(&mut self, a: usize, b: usize) {
        self.nodes[a].edges.push(b);
    }

    fn bfs(&self, start: usize) -> Vec<Option<usize>> {
        let mut dist = vec![None; self.nodes.len()];
        let mut q = VecDeque::new();
        dist[start] = Some(0);
        q.push_back(start);
        while let Some(u) = q.pop_front() {
            let d = dist[u].unwrap();
            for &v in &self.nodes[u].edges {
                if dist[v].is_none() {
                    dist[v] = Some(d + 1);
                    q.push_back(v);
                }
            }
        }
        dist
    }

    fn topo(&self) -> Option<Vec<&str>> {
        let mut indeg = vec![0; self.nodes.len()];
        for n in &self.nodes {
            for &e in &n.edges {
                indeg[e] += 1;
            }
        }
        let mut ready: VecDeque<usize> = (0..self.nodes.len()).filter(|&i| indeg[i] == 0).collect();
        let mut out = Vec::new();
        while let Some(u) = ready.pop_front() {
            out.push(self.nodes[u].name.as_str());
            for &v in &self.nodes[u].edges {
                indeg[v] -= 1;
                if indeg[v] == 0 {
                    ready.push_back(v);
                }
            }
        }
        if out.len() == self.nodes.len() { Some(out) } else { None }
    }
}

fn main() {
    let mut g = Graph::default();
    let names = ["shirt", "tie", "jacket", "belt", "trousers", "shoes", "socks", "watch"];
    let ids: Vec<usize> = names.iter().map(|n| g.add(n)).collect();
    let deps = [(0, 1), (1, 2), (0, 3), (3, 2), (4, 3), (4, 5), (6, 5)];
    for (a, b) in deps {
        g.link(ids[a], ids[b]);
    }
    match g.topo() {
        Some(order) => println!("dress order: {}", order.join(", ")),
        None => println!("cycle"),
    }
    let dist = g.bfs(ids[0]);
    for (i, d) in dist.iter().enumerate() {
        match d {
            Some(d) => println!("  {:<8} {}", g.nodes[i].name, d),
            None => println!("  {:<8} unreachable", g.nodes[i].name),
        }
    }
    g.link(ids[2], ids[0]);
    println!("after adding jacket->shirt: {:?}", g.topo());
    let total_edges: usize = g.nodes.iter().map(|n| n.edges.len()).sum();
    println!("{} nodes, {} edges", g.nodes.len(), total_edges);
}
