//@ compile-fail
// #[derive(Default)] on a trie whose root node type has no Default.
use std::collections::HashMap;

struct TrieNode {
    children: HashMap<char, TrieNode>,
    end: bool,
}

#[derive(Default)]
struct Trie {
    root: TrieNode, //~ ERROR E0277
    words: usize,
}

fn main() {
    let t = Trie::default();
    println!("{} {} {}", t.words, t.root.end, t.root.children.len());
}
