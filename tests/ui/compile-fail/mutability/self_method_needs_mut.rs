//@ compile-fail
// A `&self` method calling a `&mut self` method.
struct Counter {
    n: u32,
}

impl Counter {
    fn bump(&mut self) {
        self.n += 1;
    }

    fn bump_twice(&self) {
        self.bump(); //~ ERROR E0596
        self.bump(); //~ ERROR E0596
    }
}

fn main() {
    let mut c = Counter { n: 0 };
    c.bump_twice();
    println!("{}", c.n);
}
