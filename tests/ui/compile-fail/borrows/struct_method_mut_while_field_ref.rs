//@ compile-fail
// A reference to a field is kept while a `&mut self` method is called.
struct Counter {
    name: String,
    count: u32,
}

impl Counter {
    fn bump(&mut self) {
        self.count += 1;
    }
}

fn main() {
    let mut c = Counter { name: String::from("c"), count: 0 };
    let n = &c.name;
    c.bump(); //~ ERROR E0502
    println!("{} {}", n, c.count);
}
