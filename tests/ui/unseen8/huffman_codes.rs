// Huffman coding: a tree of Box nodes built with a BinaryHeap<Reverse<..>> (ties broken by order), codes, encode and decode.
use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap};

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Tree {
    Leaf(char),
    Node(Box<Tree>, Box<Tree>),
}

fn build(text: &str) -> Option<Tree> {
    let mut freq: BTreeMap<char, u32> = BTreeMap::new();
    for c in text.chars() {
        *freq.entry(c).or_insert(0) += 1;
    }
    let mut heap = BinaryHeap::new();
    let mut order = 0u32;
    for (c, n) in freq {
        heap.push(Reverse((n, order, Tree::Leaf(c))));
        order += 1;
    }
    while heap.len() > 1 {
        let Reverse((n1, _, a)) = heap.pop().unwrap();
        let Reverse((n2, _, b)) = heap.pop().unwrap();
        heap.push(Reverse((n1 + n2, order, Tree::Node(Box::new(a), Box::new(b)))));
        order += 1;
    }
    heap.pop().map(|Reverse((_, _, t))| t)
}

fn codes(tree: &Tree, prefix: String, out: &mut BTreeMap<char, String>) {
    match tree {
        Tree::Leaf(c) => {
            out.insert(*c, if prefix.is_empty() { "0".to_string() } else { prefix });
        }
        Tree::Node(l, r) => {
            codes(l, prefix.clone() + "0", out);
            codes(r, prefix + "1", out);
        }
    }
}

fn decode(tree: &Tree, bits: &str) -> String {
    let mut out = String::new();
    let mut node = tree;
    for b in bits.chars() {
        if let Tree::Node(l, r) = node {
            node = if b == '0' { l } else { r };
        }
        if let Tree::Leaf(c) = node {
            out.push(*c);
            node = tree;
        }
    }
    out
}

fn main() {
    let text = "abracadabra alakazam";
    let tree = build(text).expect("non-empty");
    let mut table = BTreeMap::new();
    codes(&tree, String::new(), &mut table);
    for (c, code) in &table {
        println!("{:?} -> {}", c, code);
    }
    let encoded: String = text.chars().map(|c| table[&c].as_str()).collect();
    println!("{} bits instead of {}", encoded.len(), text.len() * 8);
    println!("{}", &encoded[..32]);
    let back = decode(&tree, &encoded);
    println!("round trip ok: {}", back == text);
    let single = build("zzzz").unwrap();
    let mut t2 = BTreeMap::new();
    codes(&single, String::new(), &mut t2);
    println!("single symbol: {:?}", t2);
    println!("empty input: {:?}", build(""));
}
