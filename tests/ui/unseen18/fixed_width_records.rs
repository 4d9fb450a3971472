// Fixed-width records sliced by byte ranges (&line[0..10].trim()), column specs in a const array, totals per currency.
use std::collections::HashMap;

const COLUMNS: [(&str, usize, usize); 4] = [("id", 0, 6), ("name", 6, 20), ("amount", 20, 30), ("cur", 30, 33)];

const DATA: &str = "000001Alice Martin     1250.00EUR
000002Bob Stone          99.90USD
000003Carla Diaz        -15.50EUR
000004Short
000005Dan Wu               7.5GBP
000006Eve Adams            abcEUR";

#[derive(Debug)]
struct Payment<'a> {
    id: u32,
    name: &'a str,
    amount: f64,
    currency: &'a str,
}

fn field<'a>(line: &'a str, name: &str) -> Option<&'a str> {
    let &(_, start, end) = COLUMNS.iter().find(|c| c.0 == name)?;
    line.get(start..end).map(str::trim)
}

fn parse(line: &str) -> Result<Payment<'_>, String> {
    if line.len() < 33 {
        return Err(format!("short record ({} bytes)", line.len()));
    }
    let id = field(line, "id").unwrap().parse::<u32>().map_err(|e| e.to_string())?;
    let name = field(line, "name").unwrap();
    let amount_text = field(line, "amount").unwrap();
    let amount = amount_text.parse::<f64>().map_err(|_| format!("bad amount {:?}", amount_text))?;
    let currency = field(line, "cur").unwrap();
    Ok(Payment { id, name, amount, currency })
}

fn main() {
    let mut totals: HashMap<&str, f64> = HashMap::new();
    let mut ok = Vec::new();
    for (n, line) in DATA.lines().enumerate() {
        match parse(line) {
            Ok(p) => {
                *totals.entry(p.currency).or_insert(0.0) += p.amount;
                ok.push(p);
            }
            Err(e) => println!("record {}: {}", n + 1, e),
        }
    }
    for p in &ok {
        println!("{:>6} {:<16}{:>10.2} {}", p.id, p.name, p.amount, p.currency);
    }
    let mut curs: Vec<(&str, f64)> = totals.into_iter().collect();
    curs.sort_by(|a, b| a.0.cmp(b.0));
    for (c, t) in curs {
        println!("{}: {:>9.2}", c, t);
    }
    let names: Vec<String> = ok.iter().map(|p| p.name.split(' ').last().unwrap_or("").to_uppercase()).collect();
    println!("{}", names.join("|"));
    println!("{:?}", ok.iter().find(|p| p.amount < 0.0));
}
