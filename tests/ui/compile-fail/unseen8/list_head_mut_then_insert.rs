//@ compile-fail
// A mutable reference to the first node is kept while another value is inserted into the list.
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

struct List {
    head: Option<Box<Node>>,
}

impl List {
    fn push_front(&mut self, value: i32) {
        let next = self.head.take();
        self.head = Some(Box::new(Node { value, next }));
    }
}

fn main() {
    let mut list = List { head: None };
    list.push_front(2);
    let first = list.head.as_mut().unwrap();
    list.push_front(1); //~ ERROR E0499
    first.value = 10;
}
