//@ compile-fail
// A list node that contains the next node directly, without Box.
struct Node { //~ ERROR E0072
    value: i32,
    next: Option<Node>,
}

fn main() {
    let n = Node { value: 1, next: None };
    println!("{}", n.value);
}
