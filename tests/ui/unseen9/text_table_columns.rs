// Prints a product table with computed column widths, left/right/centre alignment, padding and a totals row.
struct Product {
    name: String,
    category: &'static str,
    qty: u32,
    price: f64,
}

fn main() {
    let products = vec![
        Product { name: "Notebook".to_string(), category: "paper", qty: 12, price: 2.5 },
        Product { name: "Fountain pen".to_string(), category: "pens", qty: 3, price: 34.9 },
        Product { name: "Stapler".to_string(), category: "office", qty: 1, price: 12.0 },
        Product { name: "Sticky notes (pack)".to_string(), category: "paper", qty: 20, price: 0.99 },
    ];
    let headers = ["Name", "Category", "Qty", "Price", "Total"];
    let name_w = products.iter().map(|p| p.name.len()).max().unwrap_or(0).max(headers[0].len());
    let cat_w = products.iter().map(|p| p.category.len()).max().unwrap_or(0).max(headers[1].len());
    let rule = format!("+{}+{}+{}+{}+{}+", "-".repeat(name_w + 2), "-".repeat(cat_w + 2), "-".repeat(5), "-".repeat(9), "-".repeat(10));
    println!("{}", rule);
    println!("| {:<nw$} | {:^cw$} | {:>3} | {:>7} | {:>8} |", headers[0], headers[1], headers[2], headers[3], headers[4], nw = name_w, cw = cat_w);
    println!("{}", rule);
    let mut grand = 0.0;
    for p in &products {
        let total = p.qty as f64 * p.price;
        grand += total;
        println!(
            "| {:<nw$} | {:^cw$} | {:>3} | {:>7.2} | {:>8.2} |",
            p.name, p.category, p.qty, p.price, total, nw = name_w, cw = cat_w
        );
    }
    println!("{}", rule);
    let items: u32 = products.iter().map(|p| p.qty).sum();
    println!("| {:<nw$} | {:^cw$} | {:>3} | {:>7} | {:>8.2} |", "TOTAL", "", items, "", grand, nw = name_w, cw = cat_w);
    println!("{}", rule);
    println!("{:*^40}", " summary ");
    println!("{:>10}: {:08.3}", "average", grand / products.len() as f64);
    println!("{:>10}: {:+}", "delta", -(grand as i64) + 100);
    println!("{:>10}: {:#x} / {:#b} / {:o}", "items", items, items, items);
    println!("{:>10}: {:e}", "grand", grand);
    println!("{:>10}: [{:5}] [{:<5}] [{:^5}] [{:>5}]", "bools", true, false, "ok", 'c');
}
