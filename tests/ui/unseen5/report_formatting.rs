// A sales report exercising format specs: width, fill, alignment, precision, sign, hex, Debug.
#[derive(Debug)]
struct Sale {
    region: &'static str,
    units: i32,
    revenue: f64,
}

fn main() {
    let sales = [
        Sale { region: "North", units: 120, revenue: 15234.5 },
        Sale { region: "South", units: -4, revenue: -312.75 },
        Sale { region: "East", units: 0, revenue: 0.0 },
        Sale { region: "Far West", units: 98765, revenue: 1.0 / 3.0 },
    ];
    println!("{:=^40}", " REPORT ");
    println!("{:<10}|{:>8}|{:>12}", "region", "units", "revenue");
    for s in &sales {
        println!("{:<10}|{:>+8}|{:>12.2}", s.region, s.units, s.revenue);
    }
    println!("{:-<40}", "");
    let total: f64 = sales.iter().map(|s| s.revenue).sum();
    let width = 12;
    let prec = 3;
    println!("{:>10} {:>w$.p$}", "total", total, w = width + 8, p = prec);
    println!("{0:*>6}|{0:*<6}|{0:*^6}", 42);
    println!("{:#x} {:#o} {:#b} {:08.3} {:e}", 255, 8, 5, -3.14159, 1234.5);
    println!("{:05} {:<5}| {:^7}|", -42, true, 'c');
    let name = "inline";
    let n = 7;
    println!("{name} has {n:>4} and {n:03}");
    println!("{:?}", sales[1]);
    println!("{:#?}", sales[2]);
    println!("{:?} {:?} {:?}", "quo\"te", 'x', (1, "a", [0.5]));
    println!("{{literal braces}} {}%", 50);
}
