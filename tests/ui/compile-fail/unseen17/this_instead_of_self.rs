//@ compile-fail
// A method body refers to `this.count` as in Java or JavaScript.
struct Counter {
    count: u32,
}

impl Counter {
    fn increment(&mut self) {
        this.count += 1; //~ ERROR E0425
    }
}

fn main() {
    let mut c = Counter { count: 0 };
    c.increment();
    println!("{}", c.count);
}
