//@ compile-fail
// Calling a &mut self method while a reference into one of self's fields is still used.
struct Inventory {
    items: Vec<String>,
    log: Vec<String>,
}

impl Inventory {
    fn record(&mut self, msg: &str) {
        self.log.push(msg.to_string());
    }

    fn report(&mut self) {
        for item in &self.items {
            self.record(item); //~ ERROR E0502
        }
    }
}

fn main() {
    let mut inv = Inventory { items: vec!["saw".into()], log: vec![] };
    inv.report();
    println!("{:?}", inv.log);
}
