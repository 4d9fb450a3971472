// A payroll: a Payable trait with default methods, generic totals with where-clauses, impl Trait arguments and dyn lists.
use std::fmt::Display;

trait Payable {
    fn monthly_cents(&self) -> u64;
    fn title(&self) -> String;
    fn yearly_cents(&self) -> u64 {
        self.monthly_cents() * 12
    }
    fn bonus_cents(&self, percent: u64) -> u64 {
        self.yearly_cents() * percent / 100
    }
}

struct Salaried {
    name: String,
    annual: u64,
}

struct Hourly {
    name: String,
    rate: u64,
    hours: Vec<u32>,
}

struct Contractor<'a> {
    company: &'a str,
    invoice: u64,
}

impl Payable for Salaried {
    fn monthly_cents(&self) -> u64 {
        self.annual / 12
    }
    fn title(&self) -> String {
        format!("{} (salaried)", self.name)
    }
}

impl Payable for Hourly {
    fn monthly_cents(&self) -> u64 {
        self.hours.iter().map(|h| *h as u64 * self.rate).sum()
    }
    fn title(&self) -> String {
        format!("{} (hourly, {} weeks)", self.name, self.hours.len())
    }
    fn bonus_cents(&self, _percent: u64) -> u64 {
        0
    }
}

impl<'a> Payable for Contractor<'a> {
    fn monthly_cents(&self) -> u64 {
        self.invoice
    }
    fn title(&self) -> String {
        self.company.to_string()
    }
}

fn dollars(c: u64) -> String {
    format!("${}.{:02}", c / 100, c % 100)
}

fn total<T>(staff: &[T]) -> u64
where
    T: Payable,
{
    staff.iter().map(|s| s.monthly_cents()).sum()
}

fn headline(p: &impl Payable, label: impl Display) -> String {
    format!("{}: {} / month [{}]", p.title(), dollars(p.monthly_cents()), label)
}

fn main() {
    let office = vec![
        Salaried { name: "Ines".into(), annual: 6_000_000 },
        Salaried { name: "Omar".into(), annual: 4_830_000 },
    ];
    let shop = Hourly { name: "Lea".to_string(), rate: 1850, hours: vec![38, 40, 35, 41] };
    let firm = String::from("Acme Audit LLC");
    let audit = Contractor { company: &firm, invoice: 250_000 };
    println!("office payroll: {}", dollars(total(&office)));
    println!("{}", headline(&shop, "store"));
    println!("{}", headline(&audit, 2026));
    let everyone: Vec<&dyn Payable> = vec![&office[0], &office[1], &shop, &audit];
    for p in &everyone {
        println!("{:<28} year {:>12} bonus {:>10}", p.title(), dollars(p.yearly_cents()), dollars(p.bonus_cents(5)));
    }
    let biggest = everyone.iter().max_by_key(|p| p.yearly_cents()).unwrap();
    println!("largest yearly cost: {}", biggest.title());
    let all: u64 = everyone.iter().map(|p| p.monthly_cents()).sum();
    println!("monthly total {}", dollars(all));
}
