// A warehouse lookup unwraps a missing SKU and panics (exit 101) after printing the earlier picks.
use std::collections::HashMap;

struct Warehouse {
    stock: HashMap<String, u32>,
}

impl Warehouse {
    fn new(items: &[(&str, u32)]) -> Self {
        let stock = items.iter().map(|&(k, v)| (k.to_string(), v)).collect();
        Warehouse { stock }
    }

    fn pick(&mut self, sku: &str, qty: u32) -> u32 {
        let slot = self.stock.get_mut(sku).unwrap();
        let taken = qty.min(*slot);
        *slot -= taken;
        taken
    }
}

fn main() {
    let mut w = Warehouse::new(&[("A-100", 5), ("B-200", 2), ("C-300", 9)]);
    let orders = [("A-100", 3), ("C-300", 4), ("B-200", 5), ("Z-999", 1), ("A-100", 1)];
    for (sku, qty) in orders {
        let got = w.pick(sku, qty);
        println!("picked {}/{} of {}", got, qty, sku);
    }
    println!("done");
}
