// Tab-separated sales data pivoted by region and quarter: BTreeMap<&str, [f64; 4]> totals, formatted with {:>10.2}.
use std::collections::BTreeMap;

const SALES: &str = "region\tquarter\tamount
north\tQ1\t1200.50
south\tQ1\t800
north\tQ2\t950.25
east\tQ3\t400.10
south\tQ4\t1999.99
north\tQ4\t10
east\tQ1\tn/a
west\tQ5\t100
south\tQ2\t300.5";

fn quarter_index(q: &str) -> Option<usize> {
    let n: usize = q.strip_prefix('Q')?.parse().ok()?;
    if (1..=4).contains(&n) { Some(n - 1) } else { None }
}

fn main() {
    let mut table: BTreeMap<&str, [f64; 4]> = BTreeMap::new();
    let mut problems = Vec::new();
    for (lineno, line) in SALES.lines().enumerate().skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        let (region, q, amount) = (cols[0], cols[1], cols[2]);
        let Some(qi) = quarter_index(q) else {
            problems.push(format!("line {}: bad quarter {}", lineno + 1, q));
            continue;
        };
        let amount: f64 = match amount.parse() {
            Ok(a) => a,
            Err(_) => {
                problems.push(format!("line {}: bad amount {:?}", lineno + 1, amount));
                continue;
            }
        };
        table.entry(region).or_insert([0.0; 4])[qi] += amount;
    }
    print!("{:<8}", "region");
    for q in 1..=4 {
        print!("{:>10}", format!("Q{}", q));
    }
    println!("{:>11}", "total");
    let mut col_totals = [0.0f64; 4];
    for (region, quarters) in &table {
        print!("{:<8}", region);
        for (i, v) in quarters.iter().enumerate() {
            print!("{:>10.2}", v);
            col_totals[i] += v;
        }
        println!("{:>11.2}", quarters.iter().sum::<f64>());
    }
    print!("{:<8}", "all");
    for v in col_totals {
        print!("{:>10.2}", v);
    }
    println!("{:>11.2}", col_totals.iter().sum::<f64>());
    for p in &problems {
        println!("{}", p);
    }
    let best = table.iter().max_by(|a, b| a.1.iter().sum::<f64>().partial_cmp(&b.1.iter().sum::<f64>()).unwrap());
    println!("best region: {:?}", best.map(|(r, _)| r));
}
