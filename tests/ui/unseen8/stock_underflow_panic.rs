// A warehouse picking list that underflows a u32 stock count: debug builds panic with "attempt to subtract with overflow".
#[derive(Debug)]
struct Bin {
    sku: &'static str,
    stock: u32,
}

fn pick(bins: &mut [Bin], sku: &str, qty: u32) -> u32 {
    let bin = bins.iter_mut().find(|b| b.sku == sku).expect("unknown sku");
    bin.stock = bin.stock - qty;
    bin.stock
}

fn main() {
    let mut bins = vec![Bin { sku: "bolt", stock: 40 }, Bin { sku: "nut", stock: 25 }, Bin { sku: "washer", stock: 3 }];
    let orders = [("bolt", 15), ("nut", 5), ("bolt", 20), ("washer", 2), ("washer", 2), ("nut", 1)];
    for (i, (sku, qty)) in orders.iter().enumerate() {
        let left = pick(&mut bins, sku, *qty);
        println!("order {}: {} x{} -> {} left", i + 1, sku, qty, left);
    }
    println!("{:?}", bins);
}
