// Parses tab-separated sales rows and pivots them into a BTreeMap of region -> month -> total with the entry API.
use std::collections::BTreeMap;

#[derive(Debug)]
struct Row<'a> {
    region: &'a str,
    month: u8,
    amount: u32,
}

fn parse_row(line: &str) -> Option<Row<'_>> {
    let mut parts = line.split('\t');
    let region = parts.next()?.trim();
    let month = parts.next()?.trim().parse().ok()?;
    let amount = parts.next()?.trim().parse().ok()?;
    if parts.next().is_some() || region.is_empty() {
        return None;
    }
    Some(Row { region, month, amount })
}

fn main() {
    let data = "north\t1\t120\nsouth\t1\t80\nnorth\t2\t95\neast\t2\tabc\nsouth\t2\t130\nnorth\t1\t30\n\t3\t10\nwest\t3\t55\textra\neast\t3\t70";
    let mut pivot: BTreeMap<&str, BTreeMap<u8, u32>> = BTreeMap::new();
    let mut rejected = Vec::new();
    for (n, line) in data.lines().enumerate() {
        match parse_row(line) {
            Some(row) => {
                *pivot.entry(row.region).or_default().entry(row.month).or_insert(0) += row.amount;
            }
            None => rejected.push(n + 1),
        }
    }
    print!("{:<6}", "");
    for m in 1..=3u8 {
        print!("{:>6}", format!("m{}", m));
    }
    println!("{:>7}", "total");
    for (region, months) in &pivot {
        print!("{:<6}", region);
        for m in 1..=3u8 {
            match months.get(&m) {
                Some(v) => print!("{:>6}", v),
                None => print!("{:>6}", "-"),
            }
        }
        println!("{:>7}", months.values().sum::<u32>());
    }
    println!("rejected lines: {:?}", rejected);
    let best = pivot
        .iter()
        .map(|(r, m)| (m.values().sum::<u32>(), *r))
        .max()
        .unwrap();
    println!("best region: {} with {}", best.1, best.0);
}
