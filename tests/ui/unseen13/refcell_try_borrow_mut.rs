// RefCell checks borrows at run time: try_borrow_mut fails while a shared borrow is alive.
use std::cell::RefCell;

struct Counter {
    hits: RefCell<Vec<u32>>,
}

impl Counter {
    fn record(&self, n: u32) -> bool {
        match self.hits.try_borrow_mut() {
            Ok(mut v) => {
                v.push(n);
                true
            }
            Err(_) => false,
        }
    }
}

fn main() {
    let c = Counter { hits: RefCell::new(Vec::new()) };
    println!("record 1: {}", c.record(1));
    {
        let reader = c.hits.borrow();
        println!("while reading {:?}: record 2 = {}", *reader, c.record(2));
        let second = c.hits.try_borrow();
        println!("second shared borrow ok: {}", second.is_ok());
    }
    println!("record 3: {}", c.record(3));
    {
        let writer = c.hits.borrow_mut();
        println!("while writing: try_borrow ok = {}", c.hits.try_borrow().is_ok());
        drop(writer);
        println!("after drop(writer): try_borrow ok = {}", c.hits.try_borrow().is_ok());
    }
    let cell = RefCell::new(String::from("abc"));
    cell.borrow_mut().push('d');
    let len = cell.borrow().len();
    println!("len {}", len);
    let inner = cell.into_inner();
    println!("inner {} hits {:?}", inner, c.hits.borrow());
}
