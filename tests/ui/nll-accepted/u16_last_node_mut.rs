// Walking to the last node with a reassigned `&mut Node` and returning it from the method.
struct Node {
    v: i32,
    next: Option<Box<Node>>,
}

struct List {
    head: Option<Box<Node>>,
}

impl List {
    fn last_mut(&mut self) -> Option<&mut Node> {
        let mut cur = self.head.as_deref_mut()?;
        while cur.next.is_some() {
            cur = cur.next.as_deref_mut().unwrap();
        }
        Some(cur)
    }
}

fn main() {
    let mut l = List { head: Some(Box::new(Node { v: 1, next: Some(Box::new(Node { v: 2, next: None })) })) };
    if let Some(last) = l.last_mut() {
        last.v *= 10;
        last.next = Some(Box::new(Node { v: 3, next: None }));
    }
    let mut empty = List { head: None };
    println!("{} {}", l.last_mut().map_or(0, |n| n.v), empty.last_mut().is_none());
    println!("{}", l.head.as_ref().unwrap().next.as_ref().unwrap().v);
}
