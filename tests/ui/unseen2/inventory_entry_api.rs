// A shop inventory in a HashMap<String, Item>: entry API with and_modify/or_insert_with, removals, reports.
use std::collections::HashMap;

#[derive(Debug, Clone)]
struct Item {
    quantity: u32,
    price_cents: u64,
}

fn restock(inv: &mut HashMap<String, Item>, name: &str, qty: u32, price: u64) {
    inv.entry(name.to_string())
        .and_modify(|it| {
            it.quantity += qty;
            it.price_cents = price;
        })
        .or_insert_with(|| Item { quantity: qty, price_cents: price });
}

fn sell(inv: &mut HashMap<String, Item>, name: &str, qty: u32) -> Result<u64, String> {
    let item = match inv.get_mut(name) {
        Some(item) => item,
        None => return Err(format!("no {} in stock", name)),
    };
    if item.quantity < qty {
        return Err(format!("only {} {} left", item.quantity, name));
    }
    item.quantity -= qty;
    let price = item.price_cents * qty as u64;
    if item.quantity == 0 {
        inv.remove(name);
        println!("  (sold out of {})", name);
    }
    Ok(price)
}

fn report(inv: &HashMap<String, Item>) {
    let mut names: Vec<&String> = inv.keys().collect();
    names.sort();
    for name in names {
        let it = &inv[name];
        let value = it.quantity as u64 * it.price_cents;
        println!("  {:<10}|{:>4} x {:>3}.{:02} = {:>6}.{:02}", name, it.quantity, it.price_cents / 100, it.price_cents % 100, value / 100, value % 100);
    }
}

fn main() {
    let mut inv: HashMap<String, Item> = HashMap::new();
    restock(&mut inv, "apple", 10, 45);
    restock(&mut inv, "pear", 4, 60);
    restock(&mut inv, "melon", 1, 399);
    restock(&mut inv, "apple", 5, 50);
    println!("after restock:");
    report(&inv);

    let mut revenue = 0;
    for (name, qty) in [("apple", 3), ("melon", 1), ("kiwi", 2), ("pear", 9), ("pear", 4)] {
        match sell(&mut inv, name, qty) {
            Ok(cents) => {
                revenue += cents;
                println!("sold {} {} for {} cents", qty, name, cents);
            }
            Err(msg) => println!("cannot sell: {}", msg),
        }
    }
    println!("revenue: {}.{:02}", revenue / 100, revenue % 100);
    println!("left:");
    report(&inv);
    println!("has melon: {}, items: {}", inv.contains_key("melon"), inv.len());
    let cheapest = inv.iter().min_by_key(|(_, it)| it.price_cents).map(|(n, _)| n.clone());
    println!("cheapest: {:?}", cheapest);
}
