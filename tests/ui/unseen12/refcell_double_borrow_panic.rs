// A shared shopping list in Rc<RefCell<Vec<String>>>; a mutable borrow taken while a shared one is alive panics at run time.
use std::cell::RefCell;
use std::rc::Rc;

struct Shopper {
    name: String,
    list: Rc<RefCell<Vec<String>>>,
}

impl Shopper {
    fn add(&self, item: &str) {
        self.list.borrow_mut().push(format!("{} ({})", item, self.name));
    }
}

fn main() {
    let list = Rc::new(RefCell::new(Vec::new()));
    let ana = Shopper { name: String::from("ana"), list: Rc::clone(&list) };
    let bo = Shopper { name: String::from("bo"), list: Rc::clone(&list) };
    ana.add("milk");
    bo.add("bread");
    ana.add("eggs");
    println!("{} items, shared by {}", list.borrow().len(), Rc::strong_count(&list));
    for item in list.borrow().iter() {
        println!("- {}", item);
    }
    if let Ok(mut v) = list.try_borrow_mut() {
        v.sort();
    }
    println!("first: {}", list.borrow()[0]);
    let reading = list.borrow();
    println!("reading {} items", reading.len());
    bo.add("apples");
    println!("not reached: {}", reading.len());
}
