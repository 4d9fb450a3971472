//@ compile-fail
// A list method collecting its values into a local Vec and returning a slice of it.
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

struct List {
    head: Option<Box<Node>>,
}

impl List {
    fn values(&self) -> &[i32] {
        let mut out = Vec::new();
        let mut cur = self.head.as_deref();
        while let Some(n) = cur {
            out.push(n.value);
            cur = n.next.as_deref();
        }
        &out //~ ERROR E0515
    }
}

fn main() {
    let l = List { head: Some(Box::new(Node { value: 4, next: None })) };
    println!("{:?}", l.values());
}
