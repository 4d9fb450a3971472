// Matching on `head.as_ref()` with a guard and resetting the head in the arm once the node is no longer used.
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

fn main() {
    let mut head = Some(Box::new(Node { value: 0, next: Some(Box::new(Node { value: 1, next: None })) }));
    for round in 0..3 {
        match head.as_ref() {
            Some(n) if n.value == 0 => {
                println!("round {}: dropping zero head", round);
                head = None;
            }
            Some(n) => println!("round {}: head {}", round, n.value),
            None => {
                head = Some(Box::new(Node { value: 7, next: None }));
                println!("round {}: refilled", round);
            }
        }
    }
    println!("{:?}", head.map(|n| (n.value, n.next.is_none())));
}
