//@ compile-fail
// IterMut::next mapping over self.next without take(): the Option<&mut Node> is moved out of a field behind &mut self.
struct Node {
    elem: i32,
    next: Option<Box<Node>>,
}

struct IterMut<'a> {
    next: Option<&'a mut Node>,
}

impl<'a> Iterator for IterMut<'a> {
    type Item = &'a mut i32;
    fn next(&mut self) -> Option<Self::Item> {
        self.next.map(|node| { //~ ERROR E0507
            self.next = node.next.as_deref_mut();
            &mut node.elem
        })
    }
}

fn main() {
    let mut n = Node { elem: 1, next: None };
    let it = IterMut { next: Some(&mut n) };
    for x in it {
        *x += 1;
    }
    println!("{}", n.elem);
}
