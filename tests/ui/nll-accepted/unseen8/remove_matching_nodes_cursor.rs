// A cursor over Option<Box<Node>> removes matching nodes: the cursor is reassigned into the node it borrowed.
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

fn remove_all(head: &mut Option<Box<Node>>, target: i32) -> usize {
    let mut removed = 0;
    let mut cur = head;
    while cur.is_some() {
        if cur.as_ref().unwrap().value == target {
            let next = cur.as_mut().unwrap().next.take();
            *cur = next;
            removed += 1;
        } else {
            cur = &mut cur.as_mut().unwrap().next;
        }
    }
    removed
}

fn main() {
    let mut head = None;
    for v in [3, 1, 3, 3, 2, 3] {
        head = Some(Box::new(Node { value: v, next: head }));
    }
    let n = remove_all(&mut head, 3);
    let mut vals = vec![];
    let mut c = &head;
    while let Some(node) = c {
        vals.push(node.value);
        c = &node.next;
    }
    println!("removed {} left {:?}", n, vals);
}
