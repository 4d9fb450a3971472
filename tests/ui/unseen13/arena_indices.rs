// An arena keeps nodes in one Vec and links them by index instead of pointers: one allocation grows.
#[derive(Debug)]
struct Node {
    label: char,
    children: Vec<usize>,
}

struct Arena {
    nodes: Vec<Node>,
}

impl Arena {
    fn with_capacity(n: usize) -> Self {
        Arena { nodes: Vec::with_capacity(n) }
    }
    fn add(&mut self, label: char) -> usize {
        self.nodes.push(Node { label, children: Vec::new() });
        self.nodes.len() - 1
    }
    fn link(&mut self, parent: usize, child: usize) {
        self.nodes[parent].children.push(child);
    }
    fn count_below(&self, id: usize) -> usize {
        let mut n = 0;
        for &c in &self.nodes[id].children {
            n += 1 + self.count_below(c);
        }
        n
    }
    fn labels(&self, id: usize, out: &mut String) {
        out.push(self.nodes[id].label);
        for &c in &self.nodes[id].children {
            self.labels(c, out);
        }
    }
}

fn main() {
    let mut arena = Arena::with_capacity(8);
    let root = arena.add('r');
    let a = arena.add('a');
    let b = arena.add('b');
    let c = arena.add('c');
    let d = arena.add('d');
    arena.link(root, a);
    arena.link(root, b);
    arena.link(a, c);
    arena.link(c, d);
    println!("nodes {} cap {}", arena.nodes.len(), arena.nodes.capacity());
    println!("below root {}, below a {}", arena.count_below(root), arena.count_below(a));
    let mut out = String::new();
    arena.labels(root, &mut out);
    println!("preorder {}", out);
    println!("{:?}", arena.nodes[a]);
}
