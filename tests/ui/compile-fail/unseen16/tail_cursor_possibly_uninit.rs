//@ compile-fail
// A tail pointer declared without a value and only set when the list is non-empty.
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

fn main() {
    let mut head = Some(Box::new(Node { value: 1, next: None }));
    let tail: &mut Box<Node>;
    if let Some(h) = head.as_mut() {
        tail = h;
    }
    tail.next = Some(Box::new(Node { value: 2, next: None })); //~ ERROR E0381
    println!("{}", head.unwrap().value);
}
