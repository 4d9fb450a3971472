// Cell and RefCell: set/get/replace/take/swap/update, RefCell replace/replace_with/take/swap, try_borrow(_mut) while borrowed, Ref::map.
use std::cell::{Cell, Ref, RefCell};

struct Counter {
    hits: Cell<u32>,
    log: RefCell<Vec<String>>,
}

impl Counter {
    fn hit(&self, who: &str) {
        self.hits.set(self.hits.get() + 1);
        self.log.borrow_mut().push(who.to_string());
    }
}

fn main() {
    let c = Cell::new(5);
    let old = c.replace(6);
    println!("{} {}", old, c.get());
    let d = Cell::new(1);
    c.swap(&d);
    println!("{} {}", c.get(), d.get());
    println!("{} {}", c.take(), c.get());
    c.update(|x| x + 40);
    println!("{}", c.get());
    let s = Cell::new(String::from("cell string"));
    let taken = s.take();
    println!("{:?} {:?}", taken, s.into_inner());
    let counter = Counter { hits: Cell::new(0), log: RefCell::new(Vec::new()) };
    counter.hit("a");
    counter.hit("b");
    println!("{} {:?}", counter.hits.get(), counter.log.borrow());
    let r = RefCell::new(vec![1, 2, 3]);
    {
        let b1 = r.borrow();
        println!("borrowed: mut ok? {} shared ok? {}", r.try_borrow_mut().is_ok(), r.try_borrow().is_ok());
        println!("{}", b1.len());
    }
    {
        let _m = r.borrow_mut();
        println!("mut held: shared ok? {}", r.try_borrow().is_ok());
    }
    let prev = r.replace(vec![9]);
    println!("{:?} {:?}", prev, r.borrow());
    let before = r.replace_with(|v| { let mut n = v.clone(); n.push(10); n });
    println!("{:?} {:?}", before, r.borrow());
    let t = r.take();
    println!("{:?} {:?}", t, r.borrow());
    let x = RefCell::new(String::from("x"));
    let y = RefCell::new(String::from("y"));
    x.swap(&y);
    println!("{} {}", x.borrow(), y.borrow());
    let pair = RefCell::new((1, String::from("second")));
    let second: Ref<String> = Ref::map(pair.borrow(), |p| &p.1);
    println!("{}", *second);
    drop(second);
    pair.borrow_mut().0 += 1;
    println!("{:?}", pair.borrow());
    println!("{:?}", r);
    let e = r.try_borrow_mut();
    println!("{}", e.is_ok());
    drop(e);
    println!("{:?}", pair.into_inner());
}
