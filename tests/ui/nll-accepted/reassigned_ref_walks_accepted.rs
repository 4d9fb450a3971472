// Walking a list with `cur = n` where every path reassigns or ends without using `cur` is accepted.
struct Node { next: Option<Box<Node>>, v: i32 }
fn count(mut cur: &Node) -> &Node {
    while let Some(n) = &cur.next {
        cur = n;
    }
    cur
}
fn bump_all(mut cur: &mut Node) {
    loop {
        cur.v += 1;
        match cur.next.as_mut() {
            Some(n) => cur = n,
            None => break,
        }
    }
}
fn last(mut cur: &mut Node) -> &mut Node {
    while cur.next.is_some() {
        cur = cur.next.as_mut().unwrap();
    }
    cur
}
fn main() {
    let mut n = Node { next: Some(Box::new(Node { next: None, v: 2 })), v: 1 };
    bump_all(&mut n);
    last(&mut n).v += 10;
    println!("{} {}", count(&n).v, n.v);
}
