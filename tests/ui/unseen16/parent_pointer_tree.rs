// A directory tree with Rc children and Weak parent pointers: full paths, sizes, and what upgrade sees after a drop.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

#[derive(Debug)]
struct Dir {
    name: String,
    size: u64,
    parent: RefCell<Weak<Dir>>,
    children: RefCell<Vec<Rc<Dir>>>,
}

fn dir(name: &str, size: u64) -> Rc<Dir> {
    Rc::new(Dir { name: name.to_string(), size, parent: RefCell::new(Weak::new()), children: RefCell::new(vec![]) })
}

fn adopt(parent: &Rc<Dir>, child: Rc<Dir>) {
    *child.parent.borrow_mut() = Rc::downgrade(parent);
    parent.children.borrow_mut().push(child);
}

fn path(d: &Rc<Dir>) -> String {
    let mut parts = vec![d.name.clone()];
    let mut cur = d.parent.borrow().upgrade();
    while let Some(p) = cur {
        parts.push(p.name.clone());
        cur = p.parent.borrow().upgrade();
    }
    parts.reverse();
    parts.join("/")
}

fn total(d: &Dir) -> u64 {
    d.size + d.children.borrow().iter().map(|c| total(c)).sum::<u64>()
}

fn find(d: &Rc<Dir>, name: &str) -> Option<Rc<Dir>> {
    if d.name == name {
        return Some(Rc::clone(d));
    }
    for c in d.children.borrow().iter() {
        if let Some(found) = find(c, name) {
            return Some(found);
        }
    }
    None
}

fn print_tree(d: &Dir, depth: usize) {
    println!("{}{} ({})", "  ".repeat(depth), d.name, total(d));
    for c in d.children.borrow().iter() {
        print_tree(c, depth + 1);
    }
}

fn main() {
    let root = dir("", 1);
    let home = dir("home", 4);
    let ann = dir("ann", 120);
    let etc = dir("etc", 30);
    adopt(&home, Rc::clone(&ann));
    adopt(&home, dir("bob", 75));
    adopt(&root, home);
    adopt(&root, etc);
    adopt(&ann, dir("music", 900));
    print_tree(&root, 0);
    let music = find(&root, "music").unwrap();
    println!("path: {}", path(&music));
    println!("ann strong={} weak={}", Rc::strong_count(&ann), Rc::weak_count(&ann));
    let parent_of_music = music.parent.borrow().upgrade().map(|p| p.name.clone());
    println!("music's parent: {:?}", parent_of_music);
    drop(root);
    println!("after dropping root, ann's parent: {:?}", ann.parent.borrow().upgrade().map(|p| p.name.clone()));
    println!("path of music now: {}", path(&music));
    println!("ann strong={} children={}", Rc::strong_count(&ann), ann.children.borrow().len());
}
