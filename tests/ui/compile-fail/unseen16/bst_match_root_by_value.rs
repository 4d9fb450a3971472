//@ compile-fail
// search() on a BST matches `self.root` by value in a `&self` method, moving the Box out.
struct Node {
    key: i32,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

struct Bst {
    root: Option<Box<Node>>,
}

impl Bst {
    fn min_key(&self) -> Option<i32> {
        let mut cur = match self.root { //~ ERROR E0507
            Some(n) => n,
            None => return None,
        };
        while let Some(l) = cur.left {
            cur = l;
        }
        Some(cur.key)
    }
}

fn main() {
    let b = Bst { root: Some(Box::new(Node { key: 2, left: None, right: None })) };
    println!("{:?} {}", b.min_key(), b.root.as_ref().unwrap().right.is_none());
}
