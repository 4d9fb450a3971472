// Spare parts grouped by supplier in a HashMap<String, Vec<Part>>, printed in sorted order.
use std::collections::HashMap;

#[derive(Debug, Clone)]
struct Part {
    code: String,
    qty: u32,
    unit_price: f64,
}

fn add_part(stock: &mut HashMap<String, Vec<Part>>, supplier: &str, code: &str, qty: u32, unit_price: f64) {
    let parts = stock.entry(supplier.to_string()).or_insert_with(Vec::new);
    match parts.iter_mut().find(|p| p.code == code) {
        Some(p) => p.qty += qty,
        None => parts.push(Part { code: code.to_string(), qty, unit_price }),
    }
}

fn take(stock: &mut HashMap<String, Vec<Part>>, supplier: &str, code: &str, qty: u32) -> Option<u32> {
    let parts = stock.get_mut(supplier)?;
    let part = parts.iter_mut().find(|p| p.code == code)?;
    let given = qty.min(part.qty);
    part.qty -= given;
    if part.qty == 0 {
        parts.retain(|p| p.qty > 0);
    }
    Some(given)
}

fn value(parts: &[Part]) -> f64 {
    parts.iter().map(|p| p.qty as f64 * p.unit_price).sum()
}

fn main() {
    let mut stock: HashMap<String, Vec<Part>> = HashMap::new();
    add_part(&mut stock, "Acme", "bolt-m6", 200, 0.05);
    add_part(&mut stock, "Acme", "nut-m6", 150, 0.03);
    add_part(&mut stock, "Brill", "gear-12", 8, 4.75);
    add_part(&mut stock, "Acme", "bolt-m6", 50, 0.05);
    add_part(&mut stock, "Corto", "belt-v", 3, 12.0);
    add_part(&mut stock, "Brill", "shaft-30", 2, 31.5);

    println!("{:?}", take(&mut stock, "Acme", "nut-m6", 40));
    println!("{:?}", take(&mut stock, "Corto", "belt-v", 5));
    println!("{:?}", take(&mut stock, "Corto", "belt-v", 1));
    println!("{:?}", take(&mut stock, "Delta", "pin", 1));

    let mut suppliers: Vec<&String> = stock.keys().collect();
    suppliers.sort();
    for s in suppliers {
        let parts = &stock[s];
        println!("{} ({} lines, value {:.2}):", s, parts.len(), value(parts));
        for p in parts {
            println!("  {:<10} x{:>4} @ {:.2}", p.code, p.qty, p.unit_price);
        }
    }
    let total: f64 = stock.values().map(|v| value(v)).sum();
    println!("total value: {:.2}", total);
    let empty: Vec<&str> = {
        let mut e: Vec<&str> = stock.iter().filter(|(_, v)| v.is_empty()).map(|(k, _)| k.as_str()).collect();
        e.sort();
        e
    };
    println!("suppliers with nothing left: {:?}", empty);
}
