// A trie with [Option<Box<Node>>; 26] children for lowercase words: insert, search, prefix count, delete.
struct Node {
    next: [Option<Box<Node>>; 26],
    terminal: bool,
}

impl Node {
    fn new() -> Self {
        Node { next: Default::default(), terminal: false }
    }
}

struct Trie {
    root: Box<Node>,
    nodes: usize,
}

fn idx(c: u8) -> usize {
    (c - b'a') as usize
}

impl Trie {
    fn new() -> Self {
        Trie { root: Box::new(Node::new()), nodes: 1 }
    }

    fn insert(&mut self, word: &str) {
        let mut cur = &mut self.root;
        for b in word.bytes() {
            let slot = &mut cur.next[idx(b)];
            if slot.is_none() {
                *slot = Some(Box::new(Node::new()));
                self.nodes += 1;
            }
            cur = slot.as_mut().unwrap();
        }
        cur.terminal = true;
    }

    fn search(&self, word: &str) -> bool {
        let mut cur = &self.root;
        for b in word.bytes() {
            match &cur.next[idx(b)] {
                Some(n) => cur = n,
                None => return false,
            }
        }
        cur.terminal
    }

    fn count_with_prefix(&self, prefix: &str) -> usize {
        fn count(n: &Node) -> usize {
            let below: usize = n.next.iter().flatten().map(|c| count(c)).sum();
            below + if n.terminal { 1 } else { 0 }
        }
        let mut cur: &Node = &self.root;
        for b in prefix.bytes() {
            match cur.next[idx(b)].as_deref() {
                Some(n) => cur = n,
                None => return 0,
            }
        }
        count(cur)
    }

    fn delete(&mut self, word: &str) -> bool {
        fn go(n: &mut Node, w: &[u8]) -> (bool, bool) {
            if w.is_empty() {
                let found = n.terminal;
                n.terminal = false;
                let prune = n.next.iter().all(|c| c.is_none());
                return (found, prune);
            }
            let i = idx(w[0]);
            let (found, prune_child) = match n.next[i].as_mut() {
                None => return (false, false),
                Some(child) => go(child, &w[1..]),
            };
            if prune_child {
                n.next[i] = None;
            }
            (found, !n.terminal && n.next.iter().all(|c| c.is_none()))
        }
        go(&mut self.root, word.as_bytes()).0
    }
}

fn main() {
    let mut t = Trie::new();
    for w in ["tea", "ten", "to", "inn", "in", "tear", "team"] {
        t.insert(w);
    }
    println!("nodes: {}", t.nodes);
    for w in ["tea", "te", "inn", "i", "team", "teams"] {
        println!("search {:>5}: {}", w, t.search(w));
    }
    for p in ["te", "t", "i", "x", ""] {
        println!("prefix {:?}: {}", p, t.count_with_prefix(p));
    }
    println!("delete tea: {}", t.delete("tea"));
    println!("delete tea again: {}", t.delete("tea"));
    println!("delete team: {}", t.delete("team"));
    println!("search tear: {}, tea: {}, team: {}", t.search("tear"), t.search("tea"), t.search("team"));
    println!("prefix te after deletes: {}", t.count_with_prefix("te"));
}
