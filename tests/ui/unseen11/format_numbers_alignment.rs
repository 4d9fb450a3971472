// Format specifiers on numbers and strings: sign, zero padding, fill and alignment, named and positional widths.
#[derive(Debug)]
struct Reading {
    station: &'static str,
    temp: f64,
    delta: i32,
}

fn main() {
    let readings = [
        Reading { station: "Oslo", temp: -3.456, delta: -2 },
        Reading { station: "Lisbon", temp: 18.0, delta: 4 },
        Reading { station: "Reykjavik", temp: 0.05, delta: 0 },
        Reading { station: "Cairo", temp: 31.75, delta: 11 },
    ];
    let w = readings.iter().map(|r| r.station.len()).max().unwrap_or(0);
    println!("{:<w$} | {:>8} | {:>5}", "station", "temp", "delta", w = w);
    println!("{}", "=".repeat(w + 19));
    for r in &readings {
        println!("{:<w$} | {:>+8.2} | {:>+5}", r.station, r.temp, r.delta, w = w);
    }
    for r in &readings {
        println!("[{:^12}] [{:*>7.1}] [{:07.2}] [{:<+4}]", r.station, r.temp, r.temp, r.delta);
    }
    let prec = 3;
    println!("{:.*} {:.prec$} {:10.prec$}|", 1, 2.25, 3.14159, 2.71828, prec = prec);
    println!("{0} {1} {0} {name}", "a", "b", name = "n");
    println!("{:5}|{:<5}|{:^5}|{:>5}|", 42, 42, 42, 42);
    println!("{:05}|{:+05}|{:<05}|{:x}|{:X}|{:o}|{:#b}", 42, 42, 42, 255, 255, 8, 5);
    println!("{:e} {:?} {:?} {}", 1234.5f64, 0.1 + 0.2, 1.0f64, 1.0f64);
    println!("{:?} {:#?}", readings[0].station, (1, "x"));
    println!("{:>10?}|{:<8?}|", Some(3), "hi");
    println!("{}", format!("{:-^20}", " end "));
}
