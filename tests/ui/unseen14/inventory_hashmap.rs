// An inventory in a HashMap: restock with the entry API, sell with checks, report sorted by name
use std::collections::HashMap;

#[derive(Debug)]
struct Item {
    quantity: u32,
    price_cents: u32,
}

fn restock(inv: &mut HashMap<String, Item>, name: &str, qty: u32, price: u32) {
    let item = inv.entry(name.to_string()).or_insert(Item { quantity: 0, price_cents: price });
    item.quantity += qty;
    item.price_cents = price;
}

fn sell(inv: &mut HashMap<String, Item>, name: &str, qty: u32) -> Result<u32, String> {
    match inv.get_mut(name) {
        None => Err(format!("unknown item {}", name)),
        Some(item) if item.quantity < qty => Err(format!("only {} {} left", item.quantity, name)),
        Some(item) => {
            item.quantity -= qty;
            Ok(qty * item.price_cents)
        }
    }
}

fn total_value(inv: &HashMap<String, Item>) -> u32 {
    inv.values().map(|i| i.quantity * i.price_cents).sum()
}

fn main() {
    let mut inv: HashMap<String, Item> = HashMap::new();
    restock(&mut inv, "apple", 50, 30);
    restock(&mut inv, "pear", 20, 45);
    restock(&mut inv, "kiwi", 10, 60);
    restock(&mut inv, "apple", 25, 35);

    let mut revenue = 0;
    for (name, qty) in [("apple", 40), ("kiwi", 11), ("mango", 1), ("pear", 20)] {
        match sell(&mut inv, name, qty) {
            Ok(cents) => {
                revenue += cents;
                println!("sold {} {} for {}.{:02}", qty, name, cents / 100, cents % 100);
            }
            Err(msg) => println!("error: {}", msg),
        }
    }

    let empty: Vec<String> = inv.iter().filter(|(_, i)| i.quantity == 0).map(|(n, _)| n.clone()).collect();
    for name in &empty {
        inv.remove(name);
    }
    println!("removed empty: {:?}", empty);

    let mut names: Vec<&String> = inv.keys().collect();
    names.sort();
    for name in names {
        let item = &inv[name];
        println!("{:<6} x{:>3} @ {:>3}", name, item.quantity, item.price_cents);
    }
    println!("revenue: {}, stock value: {}", revenue, total_value(&inv));
    println!("has pear: {}, has kiwi: {}", inv.contains_key("pear"), inv.contains_key("kiwi"));
}
