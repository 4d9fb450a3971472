// Rc<RefCell<..>> shared between owners, borrow_mut in a scope, Rc::strong_count, try_borrow_mut
use std::cell::RefCell;
use std::rc::Rc;
struct Logger {
    lines: Rc<RefCell<Vec<String>>>,
    prefix: &'static str,
}
impl Logger {
    fn log(&self, m: &str) {
        self.lines.borrow_mut().push(format!("{}: {}", self.prefix, m));
    }
}
fn main() {
    let shared = Rc::new(RefCell::new(Vec::new()));
    let a = Logger { lines: Rc::clone(&shared), prefix: "a" };
    let b = Logger { lines: shared.clone(), prefix: "b" };
    a.log("start");
    b.log("work");
    a.log("stop");
    println!("{}", Rc::strong_count(&shared));
    {
        let r = shared.borrow();
        println!("{} {}", r.len(), shared.try_borrow_mut().is_err());
    }
    drop(b);
    for l in shared.borrow().iter() {
        println!("{}", l);
    }
    println!("{}", Rc::strong_count(&shared));
    let n = shared.borrow().iter().filter(|l| l.starts_with('a')).count();
    println!("{}", n);
}
