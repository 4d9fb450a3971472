//@ compile-fail
// Destructuring a list that implements Drop to take its head out.
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

struct List {
    head: Option<Box<Node>>,
    len: usize,
}

impl Drop for List {
    fn drop(&mut self) {
        println!("dropping a list of {}", self.len);
    }
}

fn into_head(list: List) -> Option<Box<Node>> {
    let List { head, .. } = list; //~ ERROR E0509
    head
}

fn main() {
    let l = List { head: Some(Box::new(Node { value: 1, next: None })), len: 1 };
    println!("{}", into_head(l).map_or(0, |n| n.value + n.next.map_or(0, |m| m.value)));
}
