// A freed slot is None: unwrapping it panics, Rust's answer to a use after free.
struct Slots {
    items: Vec<Option<String>>,
}

impl Slots {
    fn alloc(&mut self, s: &str) -> usize {
        self.items.push(Some(s.to_string()));
        self.items.len() - 1
    }
    fn free(&mut self, i: usize) -> Option<String> {
        self.items[i].take()
    }
    fn live(&self) -> usize {
        self.items.iter().filter(|s| s.is_some()).count()
    }
    fn get(&self, i: usize) -> &str {
        self.items[i].as_deref().unwrap()
    }
}

fn main() {
    let mut slots = Slots { items: Vec::new() };
    let a = slots.alloc("alpha");
    let b = slots.alloc("beta");
    println!("{} {}", slots.get(a), slots.get(b));
    let freed = slots.free(a);
    println!("freed {:?}", freed);
    println!("b still {}", slots.get(b));
    println!("live slots {}", slots.live());
    println!("a is {}", slots.get(a));
}
