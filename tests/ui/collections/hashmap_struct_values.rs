// A HashMap from ids to structs, updated through get_mut and looked up by key.
use std::collections::HashMap;

#[derive(Debug)]
struct Stock {
    name: String,
    qty: u32,
}

fn main() {
    let mut inv: HashMap<u32, Stock> = HashMap::new();
    inv.insert(7, Stock { name: "bolt".into(), qty: 100 });
    inv.insert(3, Stock { name: "nut".into(), qty: 40 });
    if let Some(s) = inv.get_mut(&7) {
        s.qty -= 30;
    }
    for id in [3, 7, 9] {
        match inv.get(&id) {
            Some(s) => println!("{id}: {} x{}", s.name, s.qty),
            None => println!("{id}: unknown"),
        }
    }
    let total: u32 = inv.values().map(|s| s.qty).sum();
    println!("total {total}");
}
