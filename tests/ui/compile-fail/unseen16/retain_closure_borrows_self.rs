//@ compile-fail
// Calling retain on a field with a closure that calls a method of self.
struct Set {
    items: Vec<u32>,
    limit: u32,
}

impl Set {
    fn keep(&self, x: &u32) -> bool {
        *x < self.limit
    }

    fn prune(&mut self) {
        self.items.retain(|x| self.keep(x)); //~ ERROR E0502
    }
}

fn main() {
    let mut s = Set { items: vec![1, 5, 9], limit: 6 };
    s.prune();
    println!("{:?}", s.items);
}
