// std::sync::Weak next to rc::Weak: Arc::downgrade, upgrade before and after the last Arc, strong/weak counts, Weak::new and clone.
use std::rc::Rc;
use std::sync::{Arc, Weak};

struct Node { name: String, parent: Option<Weak<Node>> }

fn main() {
    let root = Arc::new(Node { name: "root".to_string(), parent: None });
    let child = Arc::new(Node { name: "child".to_string(), parent: Some(Arc::downgrade(&root)) });
    println!("{} strong {} weak {}", root.name, Arc::strong_count(&root), Arc::weak_count(&root));
    let up = child.parent.as_ref().and_then(|w| w.upgrade()).map(|p| p.name.clone());
    println!("{} -> {:?}", child.name, up);
    let w2: Weak<Node> = child.parent.clone().unwrap();
    println!("weak {} strong {}", w2.weak_count(), w2.strong_count());
    drop(root);
    println!("{:?} {} {}", w2.upgrade().is_none(), w2.strong_count(), w2.weak_count());
    let empty: Weak<i32> = Weak::new();
    println!("{:?} {}", empty.upgrade(), empty.strong_count());
    let rc = Rc::new(5);
    let rw = Rc::downgrade(&rc);
    let shared = Arc::new(vec![1, 2, 3]);
    let sw = Arc::downgrade(&shared);
    println!("{:?} {:?}", rw.upgrade(), sw.upgrade().map(|v| v.len()));
    println!("{:?}", sw);
    drop(shared);
    println!("{:?}", sw.upgrade());
}
