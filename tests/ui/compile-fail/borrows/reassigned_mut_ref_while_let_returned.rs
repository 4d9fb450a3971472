//@ compile-fail
// `while let Some(n) = &mut cur.next { cur = n }` then `cur`: the exit path keeps the loan of `cur.next` (NLL).
struct Node { next: Option<Box<Node>>, v: i32 }
fn last(mut cur: &mut Node) -> &mut Node {
    while let Some(n) = &mut cur.next {
        cur = n;
    }
    cur //~ ERROR E0499
}
fn main() {
    let mut n = Node { next: None, v: 1 };
    last(&mut n).v += 1;
}
