//@ compile-fail
// Walking a linked list with `while let Some(n) = cur.next.as_mut()`, then using `cur`.
struct Node { next: Option<Box<Node>>, v: i32 }
fn last(mut cur: &mut Node) -> &mut Node {
    while let Some(n) = cur.next.as_mut() {
        cur = n;
    }
    cur //~ ERROR E0499
}
fn main() {
    let mut n = Node { next: None, v: 1 };
    last(&mut n).v += 1;
}
