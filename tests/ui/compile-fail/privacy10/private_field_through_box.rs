//@ compile-fail
// Auto-deref does not make a private field visible: reading it through a `Box` is still E0616.
mod m {
    pub struct Counter {
        count: u32,
    }

    pub fn boxed() -> Box<Counter> {
        Box::new(Counter { count: 4 })
    }
}

fn main() {
    let c = m::boxed();
    let n = c.count; //~ ERROR E0616
    println!("{}", n);
}
