//@ compile-fail
// Initialising a trie node's 26 children with `[None; 26]` where the element is Option<Box<Node>>.
struct Node {
    children: [Option<Box<Node>>; 26],
    end: bool,
}

impl Node {
    fn new() -> Self {
        Node { children: [None; 26], end: false } //~ ERROR E0277
    }
}

fn main() {
    let n = Node::new();
    println!("{} {}", n.end, n.children.len());
}
