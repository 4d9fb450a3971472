//@ compile-fail
// Walking a `&mut Option<Box<Node>>` cursor to the first node at or above a key, stopping with `break`, then inserting through the cursor.
struct Node {
    key: u32,
    next: Option<Box<Node>>,
}

fn insert_sorted(head: &mut Option<Box<Node>>, key: u32) {
    let mut cur = head;
    while let Some(node) = cur {
        if node.key >= key {
            break;
        }
        cur = &mut node.next;
    }
    let rest = cur.take(); //~ ERROR E0499
    *cur = Some(Box::new(Node { key, next: rest })); //~ ERROR E0506
}

fn main() {
    let mut head = None;
    insert_sorted(&mut head, 3);
    insert_sorted(&mut head, 1);
    println!("{}", head.map_or(0, |n| n.key));
}
