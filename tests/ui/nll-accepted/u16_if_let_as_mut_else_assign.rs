// `if let Some(n) = self.head.as_mut() { .. } else { self.head = .. }`: the else branch holds no borrow.
struct Node {
    hits: u32,
    next: Option<Box<Node>>,
}

struct Counter {
    head: Option<Box<Node>>,
}

impl Counter {
    fn hit(&mut self) {
        if let Some(n) = self.head.as_mut() {
            n.hits += 1;
        } else {
            self.head = Some(Box::new(Node { hits: 1, next: None }));
        }
    }
}

fn main() {
    let mut c = Counter { head: None };
    for _ in 0..3 {
        c.hit();
    }
    println!("{}", c.head.map_or(0, |n| n.hits + n.next.map_or(0, |m| m.hits)));
}
