// Inventory restock: iter_mut().find() gives a &mut item, and the None arm pushes a new item to the same Vec.
#[derive(Debug)]
struct Item {
    sku: &'static str,
    qty: u32,
}

fn restock(stock: &mut Vec<Item>, sku: &'static str, qty: u32) {
    match stock.iter_mut().find(|i| i.sku == sku) {
        Some(item) => item.qty += qty,
        None => stock.push(Item { sku, qty }),
    }
}

fn main() {
    let mut stock = vec![Item { sku: "bolt", qty: 10 }];
    restock(&mut stock, "nut", 5);
    restock(&mut stock, "bolt", 3);
    restock(&mut stock, "nut", 1);
    println!("{:?}", stock);
}
