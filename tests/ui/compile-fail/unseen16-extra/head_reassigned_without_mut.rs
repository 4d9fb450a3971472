//@ compile-fail
// A list head declared without `mut` and reassigned in a loop that builds the list.
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

fn main() {
    let head: Option<Box<Node>> = None;
    for v in 1..4 {
        head = Some(Box::new(Node { value: v, next: head })); //~ ERROR E0384
    }
    println!("{}", head.map_or(0, |n| n.value));
}
