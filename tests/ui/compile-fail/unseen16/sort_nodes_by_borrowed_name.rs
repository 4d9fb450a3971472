//@ compile-fail
// Sorting graph nodes with sort_by_key returning a borrow of each node's name.
struct Node {
    name: String,
    degree: usize,
}

fn main() {
    let mut nodes = vec![
        Node { name: "b".into(), degree: 2 },
        Node { name: "a".into(), degree: 1 },
    ];
    nodes.sort_by_key(|n| &n.name); //~ ERROR lifetime may not live long enough
    println!("{} {}", nodes[0].name, nodes[0].degree);
}
