// `self.items.retain(|i| i.price <= self.max_price)`: the closure captures only `self.max_price` (edition 2021 captures).
#[derive(Debug)]
struct Item {
    name: String,
    price: u32,
}

struct Catalog {
    items: Vec<Item>,
    max_price: u32,
    removed: u32,
}

impl Catalog {
    fn apply_budget(&mut self) {
        let before = self.items.len();
        self.items.retain(|i| i.price <= self.max_price);
        self.removed += (before - self.items.len()) as u32;
        self.items.sort_by_key(|i| i.price);
    }
}

fn main() {
    let mut c = Catalog {
        items: vec![Item { name: "a".into(), price: 30 }, Item { name: "b".into(), price: 5 }, Item { name: "c".into(), price: 12 }],
        max_price: 20,
        removed: 0,
    };
    c.apply_budget();
    println!("{:?} removed {}", c.items, c.removed);
}
