//@ compile-fail
// `cur = n` on the `Some` path only: the loan of `cur.next` is still in scope when `cur` is returned (NLL, not Polonius).
struct Node { next: Option<Box<Node>>, v: i32 }
fn last(mut cur: &mut Node) -> &mut Node {
    if let Some(n) = cur.next.as_mut() {
        cur = n;
    }
    cur //~ ERROR E0499
}
fn main() {
    let mut n = Node { next: None, v: 1 };
    last(&mut n).v += 1;
}
