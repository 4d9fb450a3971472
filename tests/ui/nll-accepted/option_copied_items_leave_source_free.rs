// `first().copied()` / `.cloned()` give the referent, not the borrow of the Vec: it can be changed or dropped after.
use std::collections::HashMap;

struct Graph {
    edges: HashMap<&'static str, Vec<&'static str>>,
}

impl Graph {
    fn first(&self, node: &'static str) -> Option<&'static str> {
        self.edges[node].first().copied()
    }
}

fn main() {
    let mut v = vec![String::from("a")];
    let o: Option<String> = v.first().cloned();
    v.push(String::from("b"));
    let s = String::from("x");
    let words = vec![s.as_str()];
    let w = words.first().copied();
    drop(words);
    println!("{:?} {:?} {}", o, w, v.len());
    let found;
    {
        let mut g = Graph { edges: HashMap::new() };
        g.edges.insert("a", vec!["b"]);
        found = g.first("a");
    }
    println!("{:?}", found);
}
