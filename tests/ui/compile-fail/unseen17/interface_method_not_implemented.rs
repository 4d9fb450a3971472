//@ compile-fail
// A class "implements" an interface but forgets one of its methods.
trait Repository {
    fn save(&mut self, item: String);
    fn find(&self, id: usize) -> Option<&String>;
}

struct MemoryRepo {
    items: Vec<String>,
}

impl Repository for MemoryRepo { //~ ERROR E0046
    fn save(&mut self, item: String) {
        self.items.push(item);
    }
}

fn main() {
    let mut r = MemoryRepo { items: vec![] };
    r.save("x".to_string());
    println!("{}", r.items.len());
}
