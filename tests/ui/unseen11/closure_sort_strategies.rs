// Employees sorted by strategies kept as (name, Box<dyn Fn(&Emp, &Emp) -> Ordering>) pairs.
use std::cmp::Ordering;

#[derive(Debug, Clone)]
struct Emp {
    name: String,
    dept: &'static str,
    salary: u32,
    years: u8,
}

fn emp(name: &str, dept: &'static str, salary: u32, years: u8) -> Emp {
    Emp { name: name.to_string(), dept, salary, years }
}

fn main() {
    let staff = vec![
        emp("Quinn", "ops", 52_000, 3),
        emp("Avery", "dev", 71_000, 6),
        emp("Blake", "dev", 71_000, 2),
        emp("Rowan", "ops", 48_500, 9),
        emp("Casey", "hr", 50_000, 4),
    ];
    let strategies: Vec<(&str, Box<dyn Fn(&Emp, &Emp) -> Ordering>)> = vec![
        ("by name", Box::new(|a, b| a.name.cmp(&b.name))),
        ("by salary desc", Box::new(|a, b| b.salary.cmp(&a.salary).then(a.name.cmp(&b.name)))),
        ("by dept then years", Box::new(|a, b| a.dept.cmp(b.dept).then_with(|| b.years.cmp(&a.years)))),
    ];
    for (label, cmp) in &strategies {
        let mut sorted = staff.clone();
        sorted.sort_by(|a, b| cmp(a, b));
        let names: Vec<&str> = sorted.iter().map(|e| e.name.as_str()).collect();
        println!("{:<20} {:?}", label, names);
    }
    let threshold = 50_000;
    let mut raises = 0;
    let mut give_raise = |e: &mut Emp| {
        if e.salary < threshold {
            e.salary += 2_500;
            raises += 1;
        }
    };
    let mut updated = staff.clone();
    for e in updated.iter_mut() {
        give_raise(e);
    }
    println!("raises given: {}", raises);
    let payroll: u32 = updated.iter().map(|e| e.salary).sum();
    println!("payroll {} (was {})", payroll, staff.iter().map(|e| e.salary).sum::<u32>());
    let senior = updated.iter().filter(|e| e.years >= 4).map(|e| &e.name).cloned().collect::<Vec<_>>();
    println!("senior: {:?}", senior);
    let cheapest = updated.iter().min_by(|a, b| a.salary.cmp(&b.salary)).map(|e| e.name.clone());
    println!("lowest paid: {:?}", cheapest);
}
