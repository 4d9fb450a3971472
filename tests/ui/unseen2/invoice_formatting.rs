// An invoice printed with format widths, precision, alignment, fill characters, signs and named args.
struct Line {
    description: String,
    quantity: u32,
    unit_price: f64,
    discount_pct: f32,
}

impl Line {
    fn total(&self) -> f64 {
        self.quantity as f64 * self.unit_price * (1.0 - self.discount_pct as f64 / 100.0)
    }
}

fn rule(width: usize) -> String {
    format!("+{:-<w$}+", "", w = width)
}

fn main() {
    let lines = vec![
        Line { description: "Widget".into(), quantity: 3, unit_price: 4.99, discount_pct: 0.0 },
        Line { description: "Gadget (large)".into(), quantity: 1, unit_price: 129.5, discount_pct: 10.0 },
        Line { description: "Screws x100".into(), quantity: 12, unit_price: 0.085, discount_pct: 2.5 },
        Line { description: "A very long description that overflows".into(), quantity: 2, unit_price: 7.0, discount_pct: 0.0 },
    ];
    let width = 52;
    println!("{}", rule(width));
    println!("|{:^52}|", "INVOICE #0042");
    println!("{}", rule(width));
    println!("|{:<20}|{:>5}|{:>9}|{:>6}|{:>8}|", "item", "qty", "price", "disc", "total");
    let mut sum = 0.0;
    for l in &lines {
        let name: String = l.description.chars().take(20).collect();
        println!(
            "|{:<20}|{:>5}|{:>9.3}|{:>5.1}%|{:>8.2}|",
            name, l.quantity, l.unit_price, l.discount_pct, l.total()
        );
        sum += l.total();
    }
    println!("{}", rule(width));
    let tax_rate = 0.2;
    let tax = sum * tax_rate;
    println!("|{:>42}{:>10.2}|", "subtotal:", sum);
    println!("|{:>42}{:>10.2}|", format!("tax ({:.0}%):", tax_rate * 100.0), tax);
    println!("|{label:>42}{value:>10.2}|", label = "TOTAL:", value = sum + tax);
    println!("{}", rule(width));

    let delta = -3.14159;
    println!("signs: {:+} {:+.2} {:+}", 42, delta, 0);
    println!("zero pad: {:06.2} {:05} {:<05}", 3.14159, -42, 7);
    println!("fill: [{:*^9}] [{:>>6}] [{:_<6}]", "mid", 1, "ab");
    let id = 255;
    println!("hex {:x} {:X} {:#x} {:#010b} octal {:o}", id, id, id, 5, id);
    let w = 7;
    let p = 3;
    println!("dynamic [{:w$.p$}] [{:>1$}] [{:.*}]", 2.0f64.sqrt(), 8, 2, 1.0 / 3.0);
    println!("debug str {:?} char {:?} tuple {:?}", "tab\there", '\'', (1, "x", 2.5));
    println!("exp {:e} {:E}", 1234.5, 0.00012);
    println!("floats {} {} {} {}", 1.0, 0.1 + 0.2, 1e21, f64::MAX / 1e300);
}
