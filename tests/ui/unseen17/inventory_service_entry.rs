// An inventory "service" ported from a Node.js app: HashMap<String, Item>, the entry API, restock and a sorted report.
use std::collections::HashMap;
use std::fmt;

#[derive(Debug, Clone)]
struct Item {
    sku: String,
    name: String,
    quantity: u32,
    price_cents: u64,
}

impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:<6} {:<12} x{:>3} @ {}.{:02}", self.sku, self.name, self.quantity, self.price_cents / 100, self.price_cents % 100)
    }
}

struct Inventory {
    items: HashMap<String, Item>,
    log: Vec<String>,
}

impl Inventory {
    fn new() -> Self {
        Inventory { items: HashMap::new(), log: Vec::new() }
    }

    fn add_stock(&mut self, sku: &str, name: &str, qty: u32, price_cents: u64) {
        let item = self.items.entry(sku.to_string()).or_insert(Item {
            sku: sku.to_string(),
            name: name.to_string(),
            quantity: 0,
            price_cents,
        });
        item.quantity += qty;
        self.log.push(format!("+{} {}", qty, sku));
    }

    fn sell(&mut self, sku: &str, qty: u32) -> Result<u64, String> {
        let item = self.items.get_mut(sku).ok_or_else(|| format!("unknown sku {}", sku))?;
        if item.quantity < qty {
            return Err(format!("only {} of {} left", item.quantity, item.name));
        }
        item.quantity -= qty;
        self.log.push(format!("-{} {}", qty, sku));
        Ok(item.price_cents * qty as u64)
    }

    fn low_stock(&self, threshold: u32) -> Vec<&Item> {
        let mut low: Vec<&Item> = self.items.values().filter(|i| i.quantity <= threshold).collect();
        low.sort_by_key(|i| i.sku.clone());
        low
    }

    fn total_value(&self) -> u64 {
        self.items.values().map(|i| i.price_cents * i.quantity as u64).sum()
    }

    fn report(&self) -> Vec<String> {
        let mut skus: Vec<&String> = self.items.keys().collect();
        skus.sort();
        skus.iter().map(|s| self.items[*s].to_string()).collect()
    }
}

fn main() {
    let mut inv = Inventory::new();
    inv.add_stock("A100", "hammer", 10, 1299);
    inv.add_stock("B200", "screwdriver", 25, 499);
    inv.add_stock("C300", "wrench", 3, 1750);
    inv.add_stock("A100", "hammer", 5, 1299);

    let mut revenue = 0;
    for (sku, qty) in [("A100", 4), ("C300", 5), ("Z999", 1), ("B200", 25), ("C300", 3)] {
        match inv.sell(sku, qty) {
            Ok(cents) => {
                revenue += cents;
                println!("sold {} x{} for {}", sku, qty, cents);
            }
            Err(e) => println!("cannot sell {}: {}", sku, e),
        }
    }
    println!("revenue: {}", revenue);
    for line in inv.report() {
        println!("{}", line);
    }
    let low: Vec<&str> = inv.low_stock(2).iter().map(|i| i.name.as_str()).collect();
    println!("low stock: {:?}", low);
    println!("stock value: {}", inv.total_value());
    println!("log: {}", inv.log.join(" "));
}
