// Formatting a report: width, fill, alignment, precision, signs, named and positional args, Debug pretty.
#[derive(Debug)]
struct Line {
    item: &'static str,
    qty: u32,
    unit: f64,
}

#[derive(Debug, Default)]
struct Totals {
    net: f64,
    tax: f64,
    lines: usize,
}

fn main() {
    let lines = [
        Line { item: "notebook", qty: 3, unit: 2.5 },
        Line { item: "pen", qty: 12, unit: 0.99 },
        Line { item: "backpack", qty: 1, unit: 34.0 },
        Line { item: "ruler", qty: 0, unit: 1.25 },
    ];
    println!("{:=^40}", " INVOICE ");
    println!("{:<12}|{:>5}|{:>9}|{:>10}", "item", "qty", "unit", "total");
    println!("{:-<12}+{:->5}+{:->9}+{:->10}", "", "", "", "");
    let mut t = Totals::default();
    for l in &lines {
        let total = l.qty as f64 * l.unit;
        println!("{:<12}|{:>5}|{:>9.2}|{:>10.2}", l.item, l.qty, l.unit, total);
        t.net += total;
        t.lines += 1;
    }
    t.tax = t.net * 0.2;
    let width = 10;
    let prec = 3;
    println!("{:>28}{:>width$.prec$}", "net:", t.net, width = width, prec = prec);
    println!("{:>28}{:>2$.2}", "tax:", t.tax, width);
    println!("{:>28}{:>w$.p$}", "total:", t.net + t.tax, w = width, p = 2);
    println!("{0} {1} {0} {name}", "a", "b", name = "n");
    println!("[{:+}] [{:+.1}] [{:05}] [{:<5}] [{:^7}] [{:*>6}]", 42, -0.25, -42, true, 'c', "ab");
    println!("[{:e}] [{:.0}] [{:.0}] [{:.0}] [{}]", 1234.5, 2.5, 3.5, -0.4, 1.0 / 3.0);
    println!("[{}] [{}] [{}] [{:?}]", f64::NAN, -f64::INFINITY, 1e21, 1e-7);
    println!("[{:?}] [{:?}] [{}] [{:?}]", 0.1 + 0.2, 100.0f32, 1e15, "tab\there");
    println!("{:?}", t);
    println!("{:#?}", lines[1]);
    println!("{:#?}", (1, "two", [3.0]));
    let name = "width";
    println!("{name:>8}|{name:<8}|{:>+8.1}|", 3.14159);
    println!("{{literal braces}} {:#06x} {:#010b}", 255, 5);
    let s = format!("{:?}", Some(vec![Some('x'), None]));
    println!("{s} has {} chars", s.len());
}
