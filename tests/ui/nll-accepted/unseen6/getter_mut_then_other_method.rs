// The `&mut` returned by a getter ends at its last use, before another `&mut self` call.
struct Counter {
    name: String,
    hits: u32,
}

impl Counter {
    fn name_mut(&mut self) -> &mut String {
        &mut self.name
    }

    fn bump(&mut self) -> u32 {
        self.hits += 1;
        self.hits
    }
}

fn main() {
    let mut c = Counter { name: String::from("page"), hits: 0 };
    let n = c.name_mut();
    n.push_str("-views");
    c.bump();
    let n2 = c.name_mut();
    n2.insert(0, '/');
    let hits = c.bump();
    println!("{} {}", c.name, hits);
}
