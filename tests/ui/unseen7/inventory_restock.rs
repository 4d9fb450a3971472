// A warehouse inventory: HashMap of items, restock orders computed with iterator chains and sort_by_key.
//@ no-stats
use std::collections::HashMap;

#[derive(Debug, Clone)]
struct Item {
    sku: String,
    qty: u32,
    min: u32,
    unit_cost: u32,
}

struct Inventory {
    items: HashMap<String, Item>,
}

impl Inventory {
    fn new() -> Self {
        Inventory { items: HashMap::new() }
    }

    fn add(&mut self, sku: &str, qty: u32, min: u32, unit_cost: u32) {
        self.items.insert(sku.to_string(), Item { sku: sku.to_string(), qty, min, unit_cost });
    }

    fn ship(&mut self, sku: &str, n: u32) -> Result<u32, String> {
        let item = self.items.get_mut(sku).ok_or(format!("unknown sku {}", sku))?;
        if item.qty < n {
            return Err(format!("only {} of {} left", item.qty, sku));
        }
        item.qty -= n;
        Ok(item.qty)
    }

    fn restock_orders(&self) -> Vec<(String, u32, u32)> {
        let mut orders: Vec<(String, u32, u32)> = self
            .items
            .values()
            .filter(|i| i.qty < i.min)
            .map(|i| {
                let need = i.min * 2 - i.qty;
                (i.sku.clone(), need, need * i.unit_cost)
            })
            .collect();
        orders.sort_by_key(|(sku, _, cost)| (std::cmp::Reverse(*cost), sku.clone()));
        orders
    }
}

fn main() {
    let mut inv = Inventory::new();
    inv.add("bolt-m6", 120, 50, 3);
    inv.add("nut-m6", 40, 50, 2);
    inv.add("washer", 300, 100, 1);
    inv.add("hinge", 8, 10, 45);
    inv.add("bracket", 15, 12, 30);

    let shipments = [("bolt-m6", 90), ("washer", 250), ("hinge", 9), ("gear", 1), ("bracket", 4)];
    for (sku, n) in shipments.iter() {
        match inv.ship(sku, *n) {
            Ok(left) => println!("shipped {:>3} x {:<8} -> {} left", n, sku, left),
            Err(e) => println!("cannot ship {} x {}: {}", n, sku, e),
        }
    }
    let orders = inv.restock_orders();
    let mut total = 0;
    for (sku, qty, cost) in &orders {
        println!("order {:<8} {:>4} units  ${:>5}", sku, qty, cost);
        total += cost;
    }
    println!("total restock cost: ${}", total);
    let value: u32 = inv.items.values().map(|i| i.qty * i.unit_cost).sum();
    println!("stock value: ${}", value);
}
