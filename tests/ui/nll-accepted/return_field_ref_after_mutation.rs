// Mutating through `&mut self` and then returning a borrow of a field.
struct Counter {
    names: Vec<String>,
}

impl Counter {
    fn add(&mut self, n: &str) -> &String {
        self.names.push(n.to_string());
        self.names.last().unwrap()
    }
}

fn main() {
    let mut c = Counter { names: Vec::new() };
    let a = c.add("x").clone();
    println!("{} {}", a, c.add("y"));
}
