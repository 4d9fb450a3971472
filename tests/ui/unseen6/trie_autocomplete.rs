// A prefix tree with BTreeMap children: recursive structs, insert through &mut, depth-first collection.
use std::collections::BTreeMap;

#[derive(Default, Debug)]
struct Node {
    children: BTreeMap<char, Node>,
    word_end: bool,
    hits: u32,
}

impl Node {
    fn insert(&mut self, word: &str) {
        let mut node = self;
        for ch in word.chars() {
            node = node.children.entry(ch).or_default();
            node.hits += 1;
        }
        node.word_end = true;
    }

    fn find(&self, prefix: &str) -> Option<&Node> {
        let mut node = self;
        for ch in prefix.chars() {
            node = node.children.get(&ch)?;
        }
        Some(node)
    }

    fn collect(&self, prefix: &mut String, out: &mut Vec<String>) {
        if self.word_end {
            out.push(prefix.clone());
        }
        for (ch, child) in &self.children {
            prefix.push(*ch);
            child.collect(prefix, out);
            prefix.pop();
        }
    }

    fn count_nodes(&self) -> usize {
        1 + self.children.values().map(|c| c.count_nodes()).sum::<usize>()
    }
}

fn complete(root: &Node, prefix: &str) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(node) = root.find(prefix) {
        let mut p = prefix.to_string();
        node.collect(&mut p, &mut out);
    }
    out
}

fn main() {
    let mut root = Node::default();
    let words = "car card care cart cat dog dot do door cargo";
    for w in words.split_whitespace() {
        root.insert(w);
    }
    println!("nodes: {}", root.count_nodes());
    for prefix in ["ca", "car", "do", "x", ""] {
        let found = complete(&root, prefix);
        println!("{:>4?} -> {} {:?}", prefix, found.len(), found);
    }
    let hits = root.find("ca").map(|n| n.hits).unwrap_or(0);
    println!("words through \"ca\": {}", hits);
    let is_word = |w: &str| root.find(w).map_or(false, |n| n.word_end);
    println!("do: {}, doo: {}, door: {}", is_word("do"), is_word("doo"), is_word("door"));
}
