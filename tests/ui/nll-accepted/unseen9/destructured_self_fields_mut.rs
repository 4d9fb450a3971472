// Destructuring &mut self into its fields lets the loop mutate items while pushing to the log.
struct Inventory {
    items: Vec<(String, u32)>,
    log: Vec<String>,
}

impl Inventory {
    fn restock(&mut self, min: u32) {
        let Inventory { items, log } = self;
        for (name, qty) in items.iter_mut() {
            if *qty < min {
                log.push(format!("restocked {} from {}", name, qty));
                *qty = min;
            }
        }
    }
}

fn main() {
    let mut inv = Inventory { items: vec![("nails".into(), 3), ("screws".into(), 40)], log: vec![] };
    inv.restock(10);
    println!("{:?} {:?}", inv.items, inv.log);
}
