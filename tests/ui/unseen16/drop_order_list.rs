// Drop impls that print, on a linked list of boxed nodes: the order nodes die in for drop, pop, take and an iterative Drop.
struct Node {
    name: &'static str,
    next: Option<Box<Node>>,
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

struct List {
    head: Option<Box<Node>>,
    label: &'static str,
}

impl List {
    fn from(names: &[&'static str], label: &'static str) -> List {
        let mut head = None;
        for &name in names.iter().rev() {
            head = Some(Box::new(Node { name, next: head }));
        }
        List { head, label }
    }

    fn pop(&mut self) -> Option<&'static str> {
        let mut node = self.head.take()?;
        self.head = node.next.take();
        Some(node.name)
    }
}

impl Drop for List {
    fn drop(&mut self) {
        println!("drop list {} (iteratively)", self.label);
        let mut cur = self.head.take();
        while let Some(mut node) = cur {
            cur = node.next.take();
        }
    }
}

fn main() {
    println!("-- chain dropped recursively");
    {
        let chain = Box::new(Node { name: "a", next: Some(Box::new(Node { name: "b", next: Some(Box::new(Node { name: "c", next: None })) })) });
        println!("built {}", chain.name);
    }
    println!("-- list popped");
    let mut l = List::from(&["x", "y", "z"], "first");
    println!("popped {:?}", l.pop());
    println!("-- take the tail");
    let tail = l.head.as_mut().and_then(|n| n.next.take());
    println!("took tail starting at {:?}", tail.as_ref().map(|n| n.name));
    drop(tail);
    println!("-- reassign head");
    l.head = Some(Box::new(Node { name: "new", next: None }));
    println!("-- second list shadowed");
    let l2 = List::from(&["p", "q"], "second");
    let l2 = List { head: None, label: l2.label };
    println!("-- end of main");
    let _ = &l2;
}
