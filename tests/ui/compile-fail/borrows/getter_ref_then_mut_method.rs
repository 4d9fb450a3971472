//@ compile-fail
// A reference from a `&self` getter keeps the whole struct borrowed across a `&mut self` call.
struct Inventory {
    items: Vec<String>,
}

impl Inventory {
    fn first(&self) -> &String {
        &self.items[0]
    }
    fn add(&mut self, s: &str) {
        self.items.push(s.to_string());
    }
}

fn main() {
    let mut inv = Inventory { items: vec!["a".into()] };
    let f = inv.first();
    inv.add("b"); //~ ERROR E0502
    println!("{}", f);
}
