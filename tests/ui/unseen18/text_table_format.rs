// Text table formatting: column widths computed from data, {:<w$}/{:>w$}/{:^w$} padding, {:.2} numbers, a border builder.
struct Row<'a> {
    product: &'a str,
    qty: u32,
    price: f64,
}

fn border(widths: &[usize]) -> String {
    let mut s = String::from("+");
    for w in widths {
        s.push_str(&"-".repeat(w + 2));
        s.push('+');
    }
    s
}

fn main() {
    let rows = vec![
        Row { product: "Widget", qty: 12, price: 3.5 },
        Row { product: "Gadget (large)", qty: 3, price: 129.99 },
        Row { product: "Nut", qty: 1500, price: 0.015 },
        Row { product: "Bolt", qty: 750, price: 0.2 },
    ];
    let headers = ["Product", "Qty", "Price", "Total"];
    let totals: Vec<f64> = rows.iter().map(|r| r.qty as f64 * r.price).collect();
    let mut widths: Vec<usize> = headers.iter().map(|h| h.len()).collect();
    for (r, t) in rows.iter().zip(&totals) {
        widths[0] = widths[0].max(r.product.len());
        widths[1] = widths[1].max(r.qty.to_string().len());
        widths[2] = widths[2].max(format!("{:.2}", r.price).len());
        widths[3] = widths[3].max(format!("{:.2}", t).len());
    }
    let line = border(&widths);
    println!("{}", line);
    println!(
        "| {:^w0$} | {:^w1$} | {:^w2$} | {:^w3$} |",
        headers[0], headers[1], headers[2], headers[3],
        w0 = widths[0], w1 = widths[1], w2 = widths[2], w3 = widths[3]
    );
    println!("{}", line);
    for (r, t) in rows.iter().zip(totals.iter()) {
        println!(
            "| {:<w0$} | {:>w1$} | {:>w2$.2} | {:>w3$.2} |",
            r.product, r.qty, r.price, t,
            w0 = widths[0], w1 = widths[1], w2 = widths[2], w3 = widths[3]
        );
    }
    println!("{}", line);
    let grand: f64 = totals.iter().sum();
    let label_width = widths[0] + widths[1] + widths[2] + 6;
    println!("| {:>lw$} | {:>w3$.2} |", "Grand total", grand, lw = label_width, w3 = widths[3]);
    println!("{}", line);
    println!("[{:>8}] [{:<8}] [{:^8}] [{:*^8}] [{:08.3}] [{:+}]", "r", "l", "c", "s", 3.14159, 42);
    println!("[{:>10.1}] [{:<6}] [{:#x}] [{:#b}] [{:e}]", 1234.56, true, 255, 5, 1500.0);
}
