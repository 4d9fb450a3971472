// Descending a trie with `node = node.children.entry(c).or_default()` in a loop, then marking the end.
use std::collections::BTreeMap;

#[derive(Default)]
struct Node {
    children: BTreeMap<char, Node>,
    end: bool,
}

fn insert(root: &mut Node, word: &str) {
    let mut node = root;
    for c in word.chars() {
        node = node.children.entry(c).or_default();
    }
    node.end = true;
}

fn count(n: &Node) -> usize {
    n.end as usize + n.children.values().map(count).sum::<usize>()
}

fn main() {
    let mut root = Node::default();
    for w in ["to", "tea", "ten", "to", "i"] {
        insert(&mut root, w);
    }
    println!("{} words, {} first letters", count(&root), root.children.len());
}
