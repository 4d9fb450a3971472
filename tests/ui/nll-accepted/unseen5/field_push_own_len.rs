// Two-phase borrow through a field: `self.ids.push(self.ids.len())` reads the Vec while the push is reserved.
struct Registry {
    ids: Vec<usize>,
    names: Vec<String>,
}

impl Registry {
    fn add(&mut self, name: &str) -> usize {
        self.ids.push(self.ids.len());
        self.names.push(format!("{}#{}", name, self.names.len()));
        *self.ids.last().unwrap()
    }
}

fn main() {
    let mut r = Registry { ids: Vec::new(), names: Vec::new() };
    for n in ["a", "b", "c"] {
        println!("{} -> {}", n, r.add(n));
    }
    println!("{:?} {:?}", r.ids, r.names);
}
