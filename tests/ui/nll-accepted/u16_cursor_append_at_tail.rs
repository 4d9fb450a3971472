// Appending at the tail by walking a `&mut Option<Box<Node>>` cursor to the end, then writing through it.
struct Node {
    v: i32,
    next: Option<Box<Node>>,
}

struct List {
    head: Option<Box<Node>>,
}

impl List {
    fn push_back(&mut self, v: i32) {
        let mut cur = &mut self.head;
        while let Some(node) = cur {
            cur = &mut node.next;
        }
        *cur = Some(Box::new(Node { v, next: None }));
    }
}

fn main() {
    let mut l = List { head: None };
    for v in [3, 1, 4] {
        l.push_back(v);
    }
    let mut out = vec![];
    let mut cur = &l.head;
    while let Some(n) = cur {
        out.push(n.v);
        cur = &n.next;
    }
    println!("{:?}", out);
}
