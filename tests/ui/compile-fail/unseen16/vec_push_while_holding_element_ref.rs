//@ compile-fail
// Keeping a reference to an arena node while pushing a new node into the same Vec.
struct Node {
    name: String,
    children: Vec<usize>,
}

fn main() {
    let mut arena = vec![Node { name: "root".to_string(), children: vec![] }];
    let root = &arena[0];
    arena.push(Node { name: "leaf".to_string(), children: vec![] }); //~ ERROR E0502
    println!("{} has {} children", root.name, root.children.len());
}
