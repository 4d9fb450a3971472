// A timesheet: entries per employee and week in a BTreeMap, overtime computed with match guards, and a payroll summary.
use std::collections::BTreeMap;

#[derive(Debug)]
struct Entry {
    employee: String,
    week: u32,
    hours: f32,
}

#[derive(Debug, Default)]
struct Summary {
    regular: f32,
    overtime: f32,
    weeks: u32,
}

fn split_hours(h: f32) -> (f32, f32) {
    match h {
        h if h <= 0.0 => (0.0, 0.0),
        h if h <= 40.0 => (h, 0.0),
        h => (40.0, h - 40.0),
    }
}

fn main() {
    let raw = "ana 1 38.5\nben 1 44\nana 2 41.25\ncarl 1 12\nben 2 39\nana 3 45.5\nben 3 50\ncarl 3 -2\ndana x 40";
    let mut entries = Vec::new();
    for line in raw.lines() {
        let fields: Vec<&str> = line.split(' ').collect();
        if let [name, week, hours] = fields[..] {
            match (week.parse::<u32>(), hours.parse::<f32>()) {
                (Ok(week), Ok(hours)) => entries.push(Entry { employee: name.to_string(), week, hours }),
                _ => println!("skipping bad line {:?}", line),
            }
        }
    }
    let mut per_employee: BTreeMap<&str, Summary> = BTreeMap::new();
    let mut per_week: BTreeMap<u32, f32> = BTreeMap::new();
    for e in &entries {
        let (reg, over) = split_hours(e.hours);
        let s = per_employee.entry(e.employee.as_str()).or_default();
        s.regular += reg;
        s.overtime += over;
        s.weeks += 1;
        *per_week.entry(e.week).or_insert(0.0) += reg + over;
    }
    let rate = 20.0;
    let mut payroll = 0.0;
    for (name, s) in &per_employee {
        let pay = s.regular * rate + s.overtime * rate * 1.5;
        payroll += pay;
        println!("{:<5} {} weeks  regular {:>6.2}  overtime {:>5.2}  pay {:>8.2}", name, s.weeks, s.regular, s.overtime, pay);
    }
    for (week, hours) in &per_week {
        println!("week {}: {:.2} h", week, hours);
    }
    let busiest = per_week.iter().max_by(|a, b| a.1.partial_cmp(b.1).unwrap()).map(|(w, _)| *w);
    println!("payroll {:.2}, busiest week {:?}", payroll, busiest);
    if let Some((first, _)) = per_employee.first_key_value() {
        println!("first employee alphabetically: {}", first);
    }
    let with_overtime: Vec<&&str> = per_employee.iter().filter(|(_, s)| s.overtime > 0.0).map(|(n, _)| n).collect();
    println!("with overtime: {:?}", with_overtime);
}
