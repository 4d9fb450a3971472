//@ compile-fail
// `self.items.push(self.next_id())` with `next_id(&mut self)`: two mutable borrows of `*self` (E0499).
struct Registry {
    items: Vec<u32>,
    next: u32,
}

impl Registry {
    fn next_id(&mut self) -> u32 {
        self.next += 1;
        self.next
    }

    fn add(&mut self) {
        self.items.push(self.next_id()); //~ ERROR E0499
    }
}

fn main() {
    let mut r = Registry { items: vec![], next: 0 };
    r.add();
    println!("{:?}", r.items);
}
