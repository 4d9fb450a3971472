// HashMap values_mut, get_mut, iter_mut, remove, contains_key, and a sorted report
use std::collections::HashMap;
fn main() {
    let mut stock: HashMap<String, i32> = HashMap::new();
    stock.insert("apple".to_string(), 5);
    stock.insert("pear".to_string(), 2);
    stock.insert("plum".to_string(), 0);
    for v in stock.values_mut() {
        *v += 1;
    }
    if let Some(p) = stock.get_mut("pear") {
        *p *= 10;
    }
    for (k, v) in stock.iter_mut() {
        if k.starts_with('p') {
            *v -= 1;
        }
    }
    let removed = stock.remove("plum");
    println!("{:?} {} {}", removed, stock.contains_key("plum"), stock.len());
    let mut report: Vec<(&String, &i32)> = stock.iter().collect();
    report.sort();
    println!("{:?}", report);
    let total: i32 = stock.values().sum();
    println!("{}", total);
}
