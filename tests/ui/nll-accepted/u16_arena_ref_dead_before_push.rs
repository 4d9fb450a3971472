// Reading an arena node through a named reference, then pushing a child once that reference is dead.
struct Node {
    name: String,
    children: Vec<usize>,
}

fn main() {
    let mut arena = vec![Node { name: "root".into(), children: vec![] }];
    for i in 0..3 {
        let parent = &arena[0];
        let label = format!("{}.{}", parent.name, i);
        arena.push(Node { name: label, children: vec![] });
        let id = arena.len() - 1;
        arena[0].children.push(id);
    }
    let names: Vec<&str> = arena.iter().map(|n| n.name.as_str()).collect();
    println!("{:?} {:?}", names, arena[0].children);
}
