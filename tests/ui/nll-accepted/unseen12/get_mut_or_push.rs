// Finds an entry with iter_mut; when absent, the Vec is pushed to after the search ended.
struct Item {
    name: String,
    qty: u32,
}

fn add(items: &mut Vec<Item>, name: &str, qty: u32) {
    if let Some(it) = items.iter_mut().find(|i| i.name == name) {
        it.qty += qty;
        return;
    }
    items.push(Item { name: name.to_string(), qty });
}

fn main() {
    let mut items = Vec::new();
    add(&mut items, "pen", 2);
    add(&mut items, "ink", 1);
    add(&mut items, "pen", 5);
    for i in &items {
        println!("{} {}", i.name, i.qty);
    }
}
