//@ compile-fail
// A getter returns a reference into a RefCell through the temporary Ref guard of borrow().
use std::cell::RefCell;
use std::rc::Rc;

struct Dir {
    name: String,
    size: u64,
}

fn name_of(dir: &Rc<RefCell<Dir>>) -> &String {
    &dir.borrow().name //~ ERROR E0515
}

fn main() {
    let d = Rc::new(RefCell::new(Dir { name: "docs".to_string(), size: 128 }));
    println!("{} {}", name_of(&d), d.borrow().size);
}
