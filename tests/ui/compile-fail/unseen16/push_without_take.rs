//@ compile-fail
// push() that puts the old head into the new node without take(): a move out of a field behind &mut self.
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

struct List {
    head: Option<Box<Node>>,
}

impl List {
    fn push(&mut self, value: i32) {
        let node = Box::new(Node { value, next: self.head }); //~ ERROR E0507
        self.head = Some(node);
    }
}

fn main() {
    let mut l = List { head: None };
    l.push(1);
    l.push(2);
    println!("{}", l.head.map_or(0, |n| n.value));
}
