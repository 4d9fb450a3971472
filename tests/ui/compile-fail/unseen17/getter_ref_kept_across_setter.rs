//@ compile-fail
// The &String from a getter is kept in a variable while a `&mut self` setter runs, then printed.
struct Person {
    name: String,
}

impl Person {
    fn get_name(&self) -> &String {
        &self.name
    }
    fn set_name(&mut self, name: &str) {
        self.name = name.to_string();
    }
}

fn main() {
    let mut p = Person { name: "Bob".to_string() };
    let old = p.get_name();
    p.set_name("Robert"); //~ ERROR E0502
    println!("renamed {} to {}", old, p.get_name());
}
