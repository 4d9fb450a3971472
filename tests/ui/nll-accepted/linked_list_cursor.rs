// Walking a Box list with a `&mut` cursor that is re-assigned each step.
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

fn push_back(head: &mut Node, value: i32) {
    let mut cur = head;
    while cur.next.is_some() {
        cur = cur.next.as_mut().unwrap();
    }
    cur.next = Some(Box::new(Node { value, next: None }));
}

fn main() {
    let mut head = Node { value: 1, next: None };
    push_back(&mut head, 2);
    push_back(&mut head, 3);
    let mut cur = Some(&head);
    while let Some(n) = cur {
        println!("{}", n.value);
        cur = n.next.as_deref();
    }
}
