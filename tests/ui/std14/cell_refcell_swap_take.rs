// Cell get/set/replace/take/swap, RefCell replace/replace_with/take/swap, borrow_mut scopes and try_borrow while borrowed.
use std::cell::{Cell, RefCell};

struct Counter { hits: Cell<u32>, log: RefCell<Vec<String>> }

impl Counter {
    fn hit(&self, what: &str) {
        self.hits.set(self.hits.get() + 1);
        self.log.borrow_mut().push(what.to_string());
    }
}

fn main() {
    let c = Counter { hits: Cell::new(0), log: RefCell::new(Vec::new()) };
    c.hit("a");
    c.hit("bb");
    println!("{} {:?}", c.hits.get(), c.log.borrow());
    let old = c.hits.replace(10);
    println!("{} {}", old, c.hits.take());
    println!("{}", c.hits.get());
    let x = Cell::new(1);
    let y = Cell::new(2);
    x.swap(&y);
    println!("{} {}", x.get(), y.get());
    let prev = c.log.replace(vec!["fresh".to_string()]);
    println!("{:?} {:?}", prev, c.log.borrow());
    let r = c.log.replace_with(|v| { let mut n = v.clone(); n.push("more".into()); n });
    println!("{:?} {:?}", r, c.log.borrow());
    let taken = c.log.take();
    println!("{:?} {:?}", taken, c.log.borrow().len());
    let p = RefCell::new(String::from("p"));
    let q = RefCell::new(String::from("q"));
    p.swap(&q);
    println!("{} {}", p.borrow(), q.borrow());
    {
        let g = p.borrow_mut();
        println!("{} {}", p.try_borrow().is_err(), p.try_borrow_mut().is_err());
        drop(g);
    }
    println!("{} {:?}", p.try_borrow().is_ok(), p.try_borrow_mut().map(|s| s.len()));
    let cells: Vec<Cell<i32>> = (0..4).map(Cell::new).collect();
    for w in cells.windows(2) { w[1].set(w[1].get() + w[0].get()); }
    println!("{:?}", cells.iter().map(Cell::get).collect::<Vec<_>>());
    println!("{}", p.into_inner());
}
