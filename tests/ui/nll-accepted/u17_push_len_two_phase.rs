// `ids.push(ids.len())` and `self.log.push(self.log.len())`: two-phase borrows let the argument read the receiver.
struct Registry {
    log: Vec<usize>,
    names: Vec<String>,
}

impl Registry {
    fn register(&mut self, name: &str) -> usize {
        self.names.push(format!("{}#{}", name, self.names.len()));
        self.log.push(self.log.len() * 10);
        self.names.len() - 1
    }
}

fn main() {
    let mut ids: Vec<usize> = Vec::new();
    for _ in 0..3 {
        ids.push(ids.len());
    }
    let mut r = Registry { log: vec![], names: vec![] };
    r.register("a");
    let id = r.register("b");
    println!("{:?} {} {:?} {:?}", ids, id, r.names, r.log);
}
