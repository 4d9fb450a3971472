//@ compile-fail
// A length function walking with `let mut cur = self.head;` in a &self method, moving out of the field.
struct Node {
    next: Option<Box<Node>>,
}

struct List {
    head: Option<Box<Node>>,
}

impl List {
    fn len(&self) -> usize {
        let mut n = 0;
        let mut cur = self.head; //~ ERROR E0507
        while let Some(node) = cur {
            n += 1;
            cur = node.next;
        }
        n
    }
}

fn main() {
    let l = List { head: Some(Box::new(Node { next: None })) };
    println!("{}", l.len());
}
