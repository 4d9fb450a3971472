// Detects a cycle in a package dependency graph with a three-colour DFS and prints the cycle path.
use std::collections::HashMap;

#[derive(Clone, Copy, PartialEq, Debug)]
enum Color {
    White,
    Gray,
    Black,
}

struct Graph {
    edges: HashMap<&'static str, Vec<&'static str>>,
}

impl Graph {
    fn from_pairs(pairs: &[(&'static str, &'static str)]) -> Graph {
        let mut edges: HashMap<&'static str, Vec<&'static str>> = HashMap::new();
        for &(from, to) in pairs {
            edges.entry(from).or_default().push(to);
            edges.entry(to).or_default();
        }
        Graph { edges }
    }

    fn find_cycle(&self) -> Option<Vec<&'static str>> {
        let mut names: Vec<&'static str> = self.edges.keys().copied().collect();
        names.sort();
        let mut color: HashMap<&str, Color> = names.iter().map(|n| (*n, Color::White)).collect();
        let mut stack: Vec<&'static str> = Vec::new();
        for start in names {
            if color[start] == Color::White {
                if let Some(c) = self.visit(start, &mut color, &mut stack) {
                    return Some(c);
                }
            }
        }
        None
    }

    fn visit(&self, node: &'static str, color: &mut HashMap<&str, Color>, stack: &mut Vec<&'static str>) -> Option<Vec<&'static str>> {
        color.insert(node, Color::Gray);
        stack.push(node);
        for &next in &self.edges[node] {
            match color[next] {
                Color::Gray => {
                    let pos = stack.iter().position(|n| *n == next).unwrap();
                    let mut cycle = stack[pos..].to_vec();
                    cycle.push(next);
                    return Some(cycle);
                }
                Color::White => {
                    if let Some(c) = self.visit(next, color, stack) {
                        return Some(c);
                    }
                }
                Color::Black => {}
            }
        }
        stack.pop();
        color.insert(node, Color::Black);
        None
    }
}

fn main() {
    let acyclic = Graph::from_pairs(&[("app", "http"), ("app", "log"), ("http", "tls"), ("tls", "log"), ("http", "log")]);
    let cyclic = Graph::from_pairs(&[("app", "http"), ("http", "tls"), ("tls", "crypto"), ("crypto", "http"), ("app", "log")]);
    for (name, g) in [("acyclic", &acyclic), ("cyclic", &cyclic)] {
        println!("{}: {} packages, {} edges", name, g.edges.len(), g.edges.values().map(|v| v.len()).sum::<usize>());
        match g.find_cycle() {
            Some(path) => println!("  cycle: {}", path.join(" -> ")),
            None => println!("  no cycle"),
        }
    }
}
