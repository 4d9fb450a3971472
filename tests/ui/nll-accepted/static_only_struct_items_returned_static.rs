// A struct without lifetimes whose fields hold only `&'static str`: what is read out of `&self` is `'static`.
use std::collections::HashMap;

struct Graph {
    edges: HashMap<&'static str, Vec<&'static str>>,
}

impl Graph {
    fn targets(&self, node: &'static str) -> Vec<&'static str> {
        let mut out = Vec::new();
        for &next in &self.edges[node] {
            out.push(next);
        }
        out
    }

    fn first(&self, node: &'static str) -> Option<&'static str> {
        self.edges[node].iter().copied().next()
    }
}

fn main() {
    let found;
    {
        let mut g = Graph { edges: HashMap::new() };
        g.edges.insert("a", vec!["b", "c"]);
        found = g.targets("a");
        println!("{:?}", g.first("a"));
    }
    println!("{:?}", found);
}
