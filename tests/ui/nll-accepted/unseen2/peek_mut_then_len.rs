// `as_mut` gives a short `&mut` to the head; the list is used again after its last use.
struct Node {
    val: i32,
    next: Option<Box<Node>>,
}

struct List {
    head: Option<Box<Node>>,
}

impl List {
    fn peek_mut(&mut self) -> Option<&mut i32> {
        self.head.as_mut().map(|n| &mut n.val)
    }

    fn len(&self) -> usize {
        let mut n = 0;
        let mut cur = &self.head;
        while let Some(node) = cur {
            n += 1;
            cur = &node.next;
        }
        n
    }
}

fn main() {
    let mut l = List { head: Some(Box::new(Node { val: 1, next: None })) };
    if let Some(v) = l.peek_mut() {
        *v += 41;
    }
    println!("{} {:?}", l.len(), l.peek_mut());
}
