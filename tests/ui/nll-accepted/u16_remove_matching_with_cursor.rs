// Removing every node with a value through a `&mut Option<Box<Node>>` cursor, assigning through it inside the match.
struct Node {
    v: u8,
    next: Option<Box<Node>>,
}

fn remove_all(head: &mut Option<Box<Node>>, x: u8) -> usize {
    let mut removed = 0;
    let mut cur = head;
    loop {
        match cur {
            None => break,
            Some(n) if n.v == x => {
                *cur = n.next.take();
                removed += 1;
            }
            Some(n) => cur = &mut n.next,
        }
    }
    removed
}

fn main() {
    let mut head = None;
    for v in [1, 2, 1, 1, 3, 1] {
        head = Some(Box::new(Node { v, next: head }));
    }
    let r = remove_all(&mut head, 1);
    let mut left = vec![];
    let mut cur = &head;
    while let Some(n) = cur {
        left.push(n.v);
        cur = &n.next;
    }
    println!("removed {} left {:?}", r, left);
}
