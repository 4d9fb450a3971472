// Cell<T> for Copy values: get, set, replace, take through a shared reference.
use std::cell::Cell;

struct Counter {
    hits: Cell<u32>,
}

impl Counter {
    fn hit(&self) {
        self.hits.set(self.hits.get() + 1);
    }
}

fn main() {
    let c = Counter { hits: Cell::new(0) };
    let r1 = &c;
    let r2 = &c;
    r1.hit();
    r2.hit();
    c.hit();
    println!("{}", c.hits.get());
    println!("{}", c.hits.replace(100));
    println!("{}", c.hits.take());
    println!("{}", c.hits.get());
    let flag = Cell::new(false);
    flag.set(!flag.get());
    println!("{}", flag.get());
}
