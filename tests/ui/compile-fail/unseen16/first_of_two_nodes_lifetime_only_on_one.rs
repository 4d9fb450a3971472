//@ compile-fail
// Returning either of two node references when only the first parameter carries the return lifetime.
struct Node {
    key: i32,
}

fn smaller<'a>(a: &'a Node, b: &Node) -> &'a Node {
    if a.key <= b.key { a } else { b } //~ ERROR E0621
}

fn main() {
    let x = Node { key: 1 };
    let y = Node { key: 2 };
    println!("{}", smaller(&x, &y).key);
}
