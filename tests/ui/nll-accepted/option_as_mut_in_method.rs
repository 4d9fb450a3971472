// `self.head.as_mut()` in an `if let` gives a `&mut` node; `self` is usable after it.
struct Node {
    val: i32,
    next: Option<Box<Node>>,
}

struct List {
    head: Option<Box<Node>>,
    len: usize,
}

impl List {
    fn bump_head(&mut self) {
        if let Some(n) = self.head.as_mut() {
            n.val += 1;
            self.len += 0;
        }
        self.len += 1;
    }
}

fn main() {
    let mut l = List { head: Some(Box::new(Node { val: 1, next: None })), len: 1 };
    l.bump_head();
    let h = l.head.as_ref().unwrap();
    println!("{} {} {}", h.val, h.next.is_none(), l.len);
}
