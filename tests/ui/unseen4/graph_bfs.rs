// Breadth-first search on an adjacency list (Vec<Vec<usize>>), shortest paths and connected components.
use std::collections::{HashSet, VecDeque};

struct Graph {
    names: Vec<&'static str>,
    adj: Vec<Vec<usize>>,
}

impl Graph {
    fn new(names: &[&'static str]) -> Graph {
        Graph { names: names.to_vec(), adj: vec![Vec::new(); names.len()] }
    }

    fn index(&self, name: &str) -> usize {
        self.names.iter().position(|n| *n == name).expect("unknown node")
    }

    fn edge(&mut self, a: &str, b: &str) {
        let (i, j) = (self.index(a), self.index(b));
        self.adj[i].push(j);
        self.adj[j].push(i);
    }

    fn path(&self, from: &str, to: &str) -> Option<Vec<&str>> {
        let (s, t) = (self.index(from), self.index(to));
        let mut prev = vec![None; self.names.len()];
        let mut seen = vec![false; self.names.len()];
        let mut queue = VecDeque::new();
        seen[s] = true;
        queue.push_back(s);
        while let Some(u) = queue.pop_front() {
            if u == t {
                let mut path = vec![self.names[t]];
                let mut cur = t;
                while let Some(p) = prev[cur] {
                    path.push(self.names[p]);
                    cur = p;
                }
                path.reverse();
                return Some(path);
            }
            for &v in &self.adj[u] {
                if !seen[v] {
                    seen[v] = true;
                    prev[v] = Some(u);
                    queue.push_back(v);
                }
            }
        }
        None
    }

    fn components(&self) -> Vec<Vec<&str>> {
        let mut done: HashSet<usize> = HashSet::new();
        let mut result = Vec::new();
        for start in 0..self.names.len() {
            if !done.insert(start) {
                continue;
            }
            let mut comp = vec![start];
            let mut stack = vec![start];
            while let Some(u) = stack.pop() {
                for &v in &self.adj[u] {
                    if done.insert(v) {
                        comp.push(v);
                        stack.push(v);
                    }
                }
            }
            comp.sort();
            result.push(comp.into_iter().map(|i| self.names[i]).collect());
        }
        result
    }
}

fn main() {
    let mut g = Graph::new(&["home", "bakery", "park", "school", "station", "lake", "island"]);
    g.edge("home", "bakery");
    g.edge("bakery", "park");
    g.edge("park", "school");
    g.edge("home", "station");
    g.edge("station", "school");
    g.edge("lake", "island");
    println!("{:?}", g.path("home", "school"));
    println!("{:?}", g.path("school", "bakery"));
    println!("{:?}", g.path("home", "lake"));
    println!("{:?}", g.path("island", "lake"));
    for (i, c) in g.components().iter().enumerate() {
        println!("component {}: {}", i, c.join(" - "));
    }
    let degrees: Vec<usize> = g.adj.iter().map(Vec::len).collect();
    println!("degrees {:?}", degrees);
    g.index("airport");
}
