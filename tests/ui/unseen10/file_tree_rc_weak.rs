// A directory tree in Rc<RefCell<Dir>> with Weak parent links: full paths are built by walking up, sizes by walking down.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Dir {
    name: String,
    files: Vec<(String, u64)>,
    children: Vec<Rc<RefCell<Dir>>>,
    parent: Weak<RefCell<Dir>>,
}

fn mkdir(parent: &Rc<RefCell<Dir>>, name: &str) -> Rc<RefCell<Dir>> {
    let child = Rc::new(RefCell::new(Dir {
        name: name.to_string(),
        files: Vec::new(),
        children: Vec::new(),
        parent: Rc::downgrade(parent),
    }));
    parent.borrow_mut().children.push(Rc::clone(&child));
    child
}

fn path(dir: &Rc<RefCell<Dir>>) -> String {
    let mut parts = vec![dir.borrow().name.clone()];
    let mut cur = dir.borrow().parent.upgrade();
    while let Some(d) = cur {
        parts.push(d.borrow().name.clone());
        cur = d.borrow().parent.upgrade();
    }
    parts.reverse();
    parts.join("/")
}

fn total_size(dir: &Rc<RefCell<Dir>>) -> u64 {
    let d = dir.borrow();
    let own: u64 = d.files.iter().map(|f| f.1).sum();
    own + d.children.iter().map(total_size).sum::<u64>()
}

fn main() {
    let root = Rc::new(RefCell::new(Dir {
        name: String::from(""),
        files: vec![("boot.img".to_string(), 300)],
        children: Vec::new(),
        parent: Weak::new(),
    }));
    let home = mkdir(&root, "home");
    let ana = mkdir(&home, "ana");
    let docs = mkdir(&ana, "docs");
    let etc = mkdir(&root, "etc");
    docs.borrow_mut().files.push(("cv.pdf".to_string(), 120));
    docs.borrow_mut().files.push(("notes.txt".to_string(), 8));
    ana.borrow_mut().files.push((".bashrc".to_string(), 2));
    etc.borrow_mut().files.push(("hosts".to_string(), 1));

    for d in [&root, &home, &ana, &docs, &etc] {
        println!("{:<16} {:>4} bytes  strong={} weak={}", path(d) + "/", total_size(d), Rc::strong_count(d), Rc::weak_count(d));
    }
    let removed = home.borrow_mut().children.pop().unwrap();
    drop(ana);
    println!("after removing {}: parent still alive = {}", removed.borrow().name, removed.borrow().parent.upgrade().is_some());
    println!("root now {} bytes", total_size(&root));
}
