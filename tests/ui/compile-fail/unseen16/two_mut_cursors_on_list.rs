//@ compile-fail
// Walking a list with two &mut cursors at once to swap the first two values.
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

fn main() {
    let mut head = Some(Box::new(Node { value: 1, next: Some(Box::new(Node { value: 2, next: None })) }));
    let first = head.as_mut().unwrap();
    let second = head.as_mut().unwrap().next.as_mut().unwrap(); //~ ERROR E0499
    std::mem::swap(&mut first.value, &mut second.value);
    println!("{}", head.unwrap().value);
}
