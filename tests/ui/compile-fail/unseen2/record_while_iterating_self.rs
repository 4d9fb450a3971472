//@ compile-fail
// Calling a `&mut self` method while iterating over one of self's fields.
struct Ledger {
    items: Vec<i32>,
    total: i32,
}

impl Ledger {
    fn record(&mut self, x: i32) {
        self.total += x;
    }

    fn sum_all(&mut self) {
        for x in self.items.iter() {
            self.record(*x); //~ ERROR E0502
        }
    }
}

fn main() {
    let mut l = Ledger { items: vec![1, 2], total: 0 };
    l.sum_all();
    println!("{}", l.total);
}
