// A sales report from tuples: filter_map parsing, fold, partition, max_by, BTreeMap grouping, skip/step_by.
use std::collections::BTreeMap;

#[derive(Debug, Clone)]
struct Sale {
    region: String,
    product: String,
    units: u32,
    price: f64,
}

fn parse(line: &str) -> Option<Sale> {
    let mut f = line.split(',');
    let region = f.next()?.trim().to_string();
    let product = f.next()?.trim().to_string();
    let units = f.next()?.trim().parse().ok()?;
    let price = f.next()?.trim().parse().ok()?;
    Some(Sale { region, product, units, price })
}

fn main() {
    let raw = "north, widget, 10, 2.5
south, gadget, 3, 10.0
north, gadget, 1, 10.0
east, widget, x, 2.5
south, widget, 7, 2.5
west, gizmo, 2, 99.99
east, gizmo, 1, 99.99
north, widget";
    let sales: Vec<Sale> = raw.lines().filter_map(parse).collect();
    println!("{} valid of {} lines", sales.len(), raw.lines().count());
    let revenue = sales.iter().fold(0.0, |acc, s| acc + s.units as f64 * s.price);
    println!("revenue {:.2}", revenue);

    let mut by_region: BTreeMap<&str, (u32, f64)> = BTreeMap::new();
    for s in &sales {
        let e = by_region.entry(s.region.as_str()).or_insert((0, 0.0));
        e.0 += s.units;
        e.1 += s.units as f64 * s.price;
    }
    for (region, (units, money)) in &by_region {
        println!("{:<6}{:>4} units {:>9.2}", region, units, money);
    }
    let (big, small): (Vec<&Sale>, Vec<&Sale>) = sales.iter().partition(|s| s.units as f64 * s.price >= 25.0);
    println!("big orders: {}, small orders: {}", big.len(), small.len());
    let best = sales
        .iter()
        .max_by(|a, b| (a.units as f64 * a.price).partial_cmp(&(b.units as f64 * b.price)).unwrap())
        .unwrap();
    println!("best line: {} {} x{}", best.region, best.product, best.units);
    let mut products: Vec<&str> = sales.iter().map(|s| s.product.as_str()).collect();
    products.sort();
    products.dedup();
    println!("products: {:?}", products);
    let every_other: Vec<u32> = sales.iter().map(|s| s.units).skip(1).step_by(2).collect();
    println!("every other units: {:?}", every_other);
    let any_huge = sales.iter().any(|s| s.price > 50.0);
    let all_positive = sales.iter().all(|s| s.units > 0);
    println!("any over 50: {}, all positive: {}", any_huge, all_positive);
    let pos = sales.iter().position(|s| s.region == "west");
    println!("first west at {:?}", pos);
    let last_two: Vec<String> = sales.iter().rev().take(2).map(|s| format!("{}/{}", s.region, s.product)).collect();
    println!("{:?}", last_two);
}
