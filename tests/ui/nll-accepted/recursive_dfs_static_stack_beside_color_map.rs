// A recursive DFS passes `&'static str` names read out of `&self` next to a colour map and a `'static` stack.
use std::collections::HashMap;

struct Graph {
    edges: HashMap<&'static str, Vec<&'static str>>,
}

impl Graph {
    fn visit(&self, node: &'static str, color: &mut HashMap<&str, u8>, stack: &mut Vec<&'static str>) -> Option<Vec<&'static str>> {
        color.insert(node, 1);
        stack.push(node);
        for &next in &self.edges[node] {
            match color.get(next).copied().unwrap_or(0) {
                1 => {
                    let pos = stack.iter().position(|n| *n == next).unwrap();
                    let mut cycle = stack[pos..].to_vec();
                    cycle.push(next);
                    return Some(cycle);
                }
                0 => {
                    if let Some(c) = self.visit(next, color, stack) {
                        return Some(c);
                    }
                }
                _ => {}
            }
        }
        stack.pop();
        color.insert(node, 2);
        None
    }
}

fn main() {
    let mut g = Graph { edges: HashMap::new() };
    g.edges.insert("a", vec!["b"]);
    g.edges.insert("b", vec!["c"]);
    g.edges.insert("c", vec!["a"]);
    let mut color = HashMap::new();
    let mut stack = Vec::new();
    println!("{:?}", g.visit("a", &mut color, &mut stack));
}
