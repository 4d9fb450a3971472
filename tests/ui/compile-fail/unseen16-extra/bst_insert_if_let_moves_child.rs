//@ compile-fail
// Recursive BST insert written `if let Some(left) = self.left`, moving the child out of `&mut self`.
struct Node {
    key: i32,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

impl Node {
    fn insert(&mut self, key: i32) {
        if key < self.key {
            if let Some(left) = self.left { //~ ERROR E0507
                left.insert(key); //~ ERROR E0596
            } else {
                self.left = Some(Box::new(Node { key, left: None, right: None }));
            }
        } else {
            match &mut self.right {
                Some(r) => r.insert(key),
                None => self.right = Some(Box::new(Node { key, left: None, right: None })),
            }
        }
    }
}

fn main() {
    let mut root = Node { key: 5, left: None, right: None };
    root.insert(3);
    root.insert(8);
    println!("{}", root.key);
}
