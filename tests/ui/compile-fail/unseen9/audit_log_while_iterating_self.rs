//@ compile-fail
// A method iterates over its own items and calls a &mut self method for each one.
struct Ledger {
    items: Vec<i64>,
    audit: Vec<String>,
}

impl Ledger {
    fn note(&mut self, msg: String) {
        self.audit.push(msg);
    }

    fn review(&mut self) {
        for amount in &self.items {
            if *amount < 0 {
                self.note(format!("refund {}", amount)); //~ ERROR E0502
            }
        }
    }
}

fn main() {
    let mut l = Ledger { items: vec![10, -3, 7], audit: Vec::new() };
    l.review();
    println!("{:?}", l.audit);
}
