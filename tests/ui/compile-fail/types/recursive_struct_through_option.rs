//@ compile-fail
// A list node holding the next node in an Option, without a Box: an Option stores its value inline.
#[derive(Debug)]
struct Node { //~ ERROR E0072
    value: i32,
    next: Option<Node>,
}

fn main() {
    let n = Node { value: 1, next: None };
    println!("{:?}", n.value);
}
