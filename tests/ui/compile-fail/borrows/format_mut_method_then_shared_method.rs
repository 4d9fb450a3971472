//@ compile-fail
// format! takes references to its arguments: a `&mut self` result is alive while the next argument borrows.
struct Counter {
    hits: Vec<u32>,
}

impl Counter {
    fn latest(&mut self) -> Option<&mut u32> {
        self.hits.last_mut()
    }
    fn total(&self) -> u32 {
        self.hits.iter().sum()
    }
}

fn main() {
    let mut c = Counter { hits: vec![1, 2] };
    let line = format!("{:?} of {}", c.latest(), c.total()); //~ ERROR E0502
    println!("{}", line);
}
