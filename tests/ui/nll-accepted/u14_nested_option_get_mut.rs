// Option<&mut T> from iter_mut().find() used, then the Vec is pushed to on the None path
#[derive(Debug)]
struct Stock {
    sku: u32,
    qty: u32,
}

fn add(stock: &mut Vec<Stock>, sku: u32, qty: u32) {
    match stock.iter_mut().find(|s| s.sku == sku) {
        Some(s) => s.qty += qty,
        None => stock.push(Stock { sku, qty }),
    }
}

fn main() {
    let mut stock = Vec::new();
    add(&mut stock, 1, 5);
    add(&mut stock, 2, 1);
    add(&mut stock, 1, 2);
    println!("{:?}", stock);
}
