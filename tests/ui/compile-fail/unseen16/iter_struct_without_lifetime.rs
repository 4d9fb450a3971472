//@ compile-fail
// An iterator struct holding a borrowed node written without its lifetime parameter.
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

struct Iter {
    next: Option<&Node>, //~ ERROR E0106
}

impl Iterator for Iter {
    type Item = i32;
    fn next(&mut self) -> Option<i32> {
        let node = self.next?;
        self.next = node.next.as_deref();
        Some(node.value)
    }
}

fn main() {
    let n = Node { value: 1, next: None };
    let it = Iter { next: Some(&n) };
    println!("{}", it.count());
}
