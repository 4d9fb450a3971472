// Matching through references: ref, ref mut, & patterns and default binding modes.
#[derive(Debug)]
enum Node {
    Leaf(i32),
    Named { name: String, value: i32 },
}

fn main() {
    let mut nodes = vec![Node::Leaf(1), Node::Named { name: "n".into(), value: 2 }];
    for node in nodes.iter_mut() {
        match node {
            Node::Leaf(v) => *v *= 10,
            Node::Named { value, .. } => *value += 100,
        }
    }
    println!("{nodes:?}");
    match &nodes[1] {
        Node::Named { name, value } => println!("{name} {value}"),
        Node::Leaf(_) => {}
    }
    let pairs = [(1, 'a'), (2, 'b')];
    for &(n, c) in &pairs {
        print!("{n}{c} ");
    }
    println!();
    let mut t = (String::from("x"), 5);
    let (ref mut s, ref n) = t;
    s.push('y');
    println!("{s} {n}");
    println!("{t:?}");
}
