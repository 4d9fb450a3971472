// A struct of boxed closures that own their data.
struct Registry {
    actions: Vec<Box<dyn Fn() -> String>>,
}

impl Registry {
    fn add(&mut self, name: &str) {
        let n = name.to_string();
        self.actions.push(Box::new(move || n.clone()));
    }
}

fn main() {
    let mut r = Registry { actions: Vec::new() };
    r.add("a");
    r.add("b");
    for a in &r.actions {
        println!("{}", a());
    }
}
