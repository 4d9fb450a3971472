//@ compile-fail
// unwrap() on an Option field reached through &self moves it.
struct Node {
    next: Option<Box<Node>>,
    val: i32,
}

impl Node {
    fn next_val(&self) -> i32 {
        self.next.unwrap().val //~ ERROR E0507
    }
}

fn main() {
    let n = Node { next: None, val: 1 };
    println!("{} {}", n.val, n.next_val());
}
