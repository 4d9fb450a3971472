//@ compile-fail
// Holding `&mut arena[parent]` while pushing the child into the arena, then linking it.
struct Node {
    value: u32,
    children: Vec<usize>,
}

fn add_child(arena: &mut Vec<Node>, parent: usize, value: u32) -> usize {
    let p = &mut arena[parent];
    arena.push(Node { value, children: Vec::new() }); //~ ERROR E0499
    let id = arena.len() - 1; //~ ERROR E0502
    p.children.push(id);
    id
}

fn main() {
    let mut arena = vec![Node { value: 0, children: vec![] }];
    let c = add_child(&mut arena, 0, 5);
    println!("{} {}", c, arena[c].value);
}
