// A CSV report ported from Python: rows split into fields, grouped and averaged; a row with a missing column panics on indexing as a Python IndexError would.
use std::collections::HashMap;

struct Row {
    region: String,
    product: String,
    units: u32,
}

fn parse_rows(text: &str) -> Vec<Row> {
    let mut rows = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if i == 0 || line.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split(',').map(|f| f.trim()).collect();
        let units = fields[2].parse::<u32>().unwrap_or(0);
        rows.push(Row { region: fields[0].to_string(), product: fields[1].to_string(), units });
    }
    rows
}

fn report(rows: &[Row]) {
    let mut by_region: HashMap<&str, Vec<u32>> = HashMap::new();
    for r in rows {
        by_region.entry(r.region.as_str()).or_default().push(r.units);
    }
    let mut regions: Vec<_> = by_region.into_iter().collect();
    regions.sort_by(|a, b| a.0.cmp(b.0));
    for (region, units) in &regions {
        let total: u32 = units.iter().sum();
        println!("{:<6} rows={} total={:>4} avg={:.1}", region, units.len(), total, total as f64 / units.len() as f64);
    }
    let best = rows.iter().max_by_key(|r| r.units).map(|r| format!("{} in {}", r.product, r.region));
    println!("best seller: {}", best.unwrap_or_default());
}

fn main() {
    let good = "region,product,units\nnorth, apples, 10\nsouth,pears,4\nnorth,pears, 7\n\neast,plums,x\nsouth,apples,12\n";
    let rows = parse_rows(good);
    println!("parsed {} rows", rows.len());
    report(&rows);

    let bad = "region,product,units\nwest,figs,3\nwest,dates\n";
    println!("parsing the second file");
    let rows = parse_rows(bad);
    println!("never printed: {}", rows.len());
}
