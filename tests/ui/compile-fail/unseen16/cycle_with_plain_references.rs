//@ compile-fail
// Trying to build a two-node cycle with plain references instead of Rc/Weak.
struct Node<'a> {
    name: &'static str,
    next: Option<&'a Node<'a>>,
}

fn main() {
    let mut a = Node { name: "a", next: None };
    let b = Node { name: "b", next: Some(&a) };
    a.next = Some(&b); //~ ERROR E0506
    println!("{} -> {}", b.name, b.next.unwrap().name);
}
