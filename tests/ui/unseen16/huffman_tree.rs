// Huffman coding: a BinaryHeap of boxed trees ordered by weight with a hand-written Ord, codes by a recursive walk, encode and decode.
use std::cmp::Ordering;
use std::collections::{BTreeMap, BinaryHeap};

enum Tree {
    Leaf { ch: char, weight: u32 },
    Branch { weight: u32, left: Box<Tree>, right: Box<Tree> },
}

impl Tree {
    fn weight(&self) -> u32 {
        match self {
            Tree::Leaf { weight, .. } | Tree::Branch { weight, .. } => *weight,
        }
    }
}

struct ByWeight(Box<Tree>, u32);

impl PartialEq for ByWeight {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for ByWeight {}
impl PartialOrd for ByWeight {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for ByWeight {
    fn cmp(&self, other: &Self) -> Ordering {
        other.0.weight().cmp(&self.0.weight()).then(other.1.cmp(&self.1))
    }
}

fn build(text: &str) -> Box<Tree> {
    let mut freq: BTreeMap<char, u32> = BTreeMap::new();
    for c in text.chars() {
        *freq.entry(c).or_insert(0) += 1;
    }
    let mut heap = BinaryHeap::new();
    let mut seq = 0;
    for (&ch, &weight) in &freq {
        heap.push(ByWeight(Box::new(Tree::Leaf { ch, weight }), seq));
        seq += 1;
    }
    while heap.len() > 1 {
        let a = heap.pop().unwrap().0;
        let b = heap.pop().unwrap().0;
        let weight = a.weight() + b.weight();
        heap.push(ByWeight(Box::new(Tree::Branch { weight, left: a, right: b }), seq));
        seq += 1;
    }
    heap.pop().unwrap().0
}

fn codes(t: &Tree, prefix: String, out: &mut BTreeMap<char, String>) {
    match t {
        Tree::Leaf { ch, .. } => {
            out.insert(*ch, if prefix.is_empty() { "0".to_string() } else { prefix });
        }
        Tree::Branch { left, right, .. } => {
            codes(left, format!("{}0", prefix), out);
            codes(right, prefix + "1", out);
        }
    }
}

fn decode(root: &Tree, bits: &str) -> String {
    let mut out = String::new();
    let mut node = root;
    for b in bits.chars() {
        if let Tree::Branch { left, right, .. } = node {
            node = if b == '0' { left } else { right };
        }
        if let Tree::Leaf { ch, .. } = node {
            out.push(*ch);
            node = root;
        }
    }
    out
}

fn main() {
    let text = "abracadabra alakazam";
    let tree = build(text);
    println!("total weight {}", tree.weight());
    let mut table = BTreeMap::new();
    codes(&tree, String::new(), &mut table);
    for (c, code) in &table {
        println!("{:?} {}", c, code);
    }
    let bits: String = text.chars().map(|c| table[&c].as_str()).collect();
    println!("{} bits instead of {}", bits.len(), text.len() * 8);
    println!("{}", bits);
    let back = decode(&tree, &bits);
    println!("decoded: {:?} same: {}", back, back == text);
}
