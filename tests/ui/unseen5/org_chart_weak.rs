// An org chart where employees point up to their manager with Weak and down with Rc.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Employee {
    name: String,
    manager: RefCell<Weak<Employee>>,
    reports: RefCell<Vec<Rc<Employee>>>,
}

fn hire(name: &str) -> Rc<Employee> {
    Rc::new(Employee {
        name: name.to_string(),
        manager: RefCell::new(Weak::new()),
        reports: RefCell::new(Vec::new()),
    })
}

fn assign(manager: &Rc<Employee>, e: &Rc<Employee>) {
    *e.manager.borrow_mut() = Rc::downgrade(manager);
    manager.reports.borrow_mut().push(Rc::clone(e));
}

fn chain_of_command(e: &Rc<Employee>) -> Vec<String> {
    let mut out = vec![e.name.clone()];
    let mut current = e.manager.borrow().upgrade();
    while let Some(m) = current {
        out.push(m.name.clone());
        current = m.manager.borrow().upgrade();
    }
    out
}

fn headcount(e: &Employee) -> usize {
    1 + e.reports.borrow().iter().map(|r| headcount(r)).sum::<usize>()
}

impl Drop for Employee {
    fn drop(&mut self) {
        println!("{} leaves the company", self.name);
    }
}

fn main() {
    let ceo = hire("Alice");
    let cto = hire("Bob");
    let dev = hire("Chen");
    let ops = hire("Dana");
    assign(&ceo, &cto);
    assign(&cto, &dev);
    assign(&cto, &ops);
    println!("{}", chain_of_command(&dev).join(" -> "));
    println!("headcount under {}: {}", ceo.name, headcount(&ceo));
    println!("cto strong={} weak={}", Rc::strong_count(&cto), Rc::weak_count(&cto));
    drop(dev);
    drop(ops);
    println!("cto reports: {}", cto.reports.borrow().len());
    drop(cto);
    println!("ceo still here: {}", ceo.name);
    let orphan = hire("Eve");
    println!("orphan's manager: {:?}", orphan.manager.borrow().upgrade().map(|m| m.name.clone()));
}
