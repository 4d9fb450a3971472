// A getter's &String is used for the last time before a `&mut self` setter runs: NLL ends the borrow at its last use.
struct Person {
    name: String,
    renames: u32,
}

impl Person {
    fn get_name(&self) -> &String {
        &self.name
    }
    fn set_name(&mut self, name: String) {
        self.name = name;
        self.renames += 1;
    }
}

fn main() {
    let mut p = Person { name: "bob".to_string(), renames: 0 };
    let current = p.get_name();
    let upper = current.to_uppercase();
    println!("was {} ({} chars)", current, current.len());
    p.set_name(upper);
    let again = p.get_name();
    println!("now {}", again);
    p.set_name(format!("{} jr", again));
    println!("{} after {} renames", p.get_name(), p.renames);
}
