//@ compile-fail
// Calling a `&mut self` method while holding a reference to a field.
struct Counter {
    values: Vec<u32>,
}

impl Counter {
    fn add(&mut self, v: u32) {
        self.values.push(v);
    }
}

fn main() {
    let mut c = Counter { values: vec![1] };
    let first = &c.values[0];
    c.add(2); //~ ERROR E0502
    println!("{}", first);
}
