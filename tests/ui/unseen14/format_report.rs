// Formatting with width, precision, alignment, fill, signs, radixes and named/positional arguments
struct Row {
    item: &'static str,
    qty: u32,
    unit: f64,
}

fn main() {
    let rows = [
        Row { item: "notebook", qty: 3, unit: 2.5 },
        Row { item: "fountain pen", qty: 1, unit: 34.999 },
        Row { item: "ink", qty: 12, unit: 0.75 },
    ];
    println!("{:<14}|{:^5}|{:>9}|{:>10}", "item", "qty", "unit", "total");
    println!("{:-<14}+{:-^5}+{:->9}+{:->10}", "", "", "", "");
    let mut grand = 0.0;
    for r in &rows {
        let total = r.qty as f64 * r.unit;
        grand += total;
        println!("{:<14}|{:^5}|{:>9.2}|{:>10.3}", r.item, r.qty, r.unit, total);
    }
    println!("{:=>41}", "");
    println!("{:<14} {:>26.2}", "grand total", grand);

    let width = 12;
    let prec = 4;
    println!("[{:>width$.prec$}]", std::f64::consts::PI, width = width, prec = prec);
    println!("[{:*^w$}]", "mid", w = 11);
    println!("[{:08.3}] [{:+}] [{:+.1}]", -3.14159, 42, 2.25);
    println!("[{:#x}] [{:#010b}] [{:o}] [{:X}]", 255, 5, 64, 48879);
    println!("[{0}-{1}-{0}] [{name}]", "a", "b", name = "named");
    println!("[{:5}] [{:<5}] [{:^5}] [{:>5}]", 7, 7, 7, 7);
    println!("[{:e}] [{:.2e}]", 1234.5, 0.000321);
    println!("[{:?}] [{:?}] [{:?}]", "quote\"d", 'c', 1.0);
    println!("[{:>8?}] [{:<10?}]", Some(3), (1, 'x'));
    let items = vec!["x", "yy", "zzz"];
    let longest = items.iter().map(|s| s.len()).max().unwrap();
    for s in &items {
        println!("|{:>1$}|{:<2$}|", s, longest, longest + 1);
    }
    let s = format!("{:.3}", 2.0f64 / 3.0);
    println!("{} has {} chars", s, s.len());
    println!("{:#?}", (1, "two"));
}
