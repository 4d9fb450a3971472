// Two-phase borrow with disjoint fields: `self.log.push(self.name.clone())`.
struct Logger {
    name: String,
    log: Vec<String>,
}

impl Logger {
    fn note(&mut self) {
        self.log.push(self.name.clone());
        self.log.push(format!("{}!", self.name));
    }
}

fn main() {
    let mut l = Logger { name: "n".to_string(), log: Vec::new() };
    l.note();
    println!("{:?}", l.log);
}
