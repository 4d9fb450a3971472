//@ compile-fail
// A local `cur = head` walked with `as_mut()` and returned: its one region outlives the function.
struct Node { next: Option<Box<Node>>, v: i32 }
fn last(head: &mut Node) -> &mut Node {
    let mut cur = head;
    while let Some(n) = cur.next.as_mut() {
        cur = n;
    }
    cur //~ ERROR E0499
}
fn main() {
    let mut n = Node { next: None, v: 1 };
    last(&mut n).v += 1;
}
