// A trie with HashMap<char, TrieNode> children: insert, contains, starts_with, and the words under a prefix.
use std::collections::HashMap;

#[derive(Default, Debug)]
struct TrieNode {
    children: HashMap<char, TrieNode>,
    end: bool,
    count: u32,
}

#[derive(Default)]
struct Trie {
    root: TrieNode,
    words: usize,
}

impl Trie {
    fn insert(&mut self, word: &str) {
        let mut node = &mut self.root;
        for c in word.chars() {
            node = node.children.entry(c).or_default();
            node.count += 1;
        }
        if !node.end {
            node.end = true;
            self.words += 1;
        }
    }

    fn find(&self, prefix: &str) -> Option<&TrieNode> {
        let mut node = &self.root;
        for c in prefix.chars() {
            node = node.children.get(&c)?;
        }
        Some(node)
    }

    fn contains(&self, word: &str) -> bool {
        self.find(word).map_or(false, |n| n.end)
    }

    fn starts_with(&self, prefix: &str) -> u32 {
        match self.find(prefix) {
            Some(n) if prefix.is_empty() => n.children.values().map(|c| c.count).sum(),
            Some(n) => n.count,
            None => 0,
        }
    }

    fn complete(&self, prefix: &str) -> Vec<String> {
        fn collect(node: &TrieNode, buf: &mut String, out: &mut Vec<String>) {
            if node.end {
                out.push(buf.clone());
            }
            let mut keys: Vec<&char> = node.children.keys().collect();
            keys.sort();
            for k in keys {
                buf.push(*k);
                collect(&node.children[k], buf, out);
                buf.pop();
            }
        }
        let mut out = Vec::new();
        if let Some(n) = self.find(prefix) {
            let mut buf = prefix.to_string();
            collect(n, &mut buf, &mut out);
        }
        out
    }
}

fn main() {
    let mut t = Trie::default();
    for w in "car cart carbon care cat dog dot do card car".split(' ') {
        t.insert(w);
    }
    println!("distinct words: {}", t.words);
    for w in ["car", "ca", "do", "dots", "cat"] {
        println!("contains({:?}) = {}", w, t.contains(w));
    }
    for p in ["car", "d", "x", ""] {
        println!("starts_with({:?}) = {}", p, t.starts_with(p));
    }
    println!("complete(\"car\") = {:?}", t.complete("car"));
    println!("complete(\"do\") = {:?}", t.complete("do"));
    println!("complete(\"z\") = {:?}", t.complete("z"));
    println!("all = {:?}", t.complete(""));
}
