// Ski lift passes built with Default and struct update syntax, priced by a match on a tuple of fields.
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Age {
    Child,
    Adult,
    Senior,
}

#[derive(Debug, Clone)]
struct Pass {
    holder: String,
    age: Age,
    days: u32,
    night_skiing: bool,
    insurance: bool,
}

impl Default for Pass {
    fn default() -> Self {
        Pass { holder: String::from("guest"), age: Age::Adult, days: 1, night_skiing: false, insurance: false }
    }
}

impl Pass {
    fn price(&self) -> u32 {
        let daily = match (self.age, self.days) {
            (Age::Child, _) => 25,
            (_, d) if d >= 6 => 38,
            (Age::Senior, _) => 35,
            (Age::Adult, 1..=2) => 52,
            (Age::Adult, _) => 45,
        };
        let mut total = daily * self.days;
        if self.night_skiing {
            total += 10 * self.days;
        }
        if self.insurance {
            total += 4 * self.days;
        }
        total
    }
}

impl fmt::Display for Pass {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let extras: Vec<&str> = [(self.night_skiing, "night"), (self.insurance, "ins")]
            .iter()
            .filter(|(on, _)| *on)
            .map(|(_, name)| *name)
            .collect();
        write!(f, "{:<8} {:<7} {}d [{}] = {}", self.holder, format!("{:?}", self.age), self.days, extras.join(","), self.price())
    }
}

fn main() {
    let base = Pass::default();
    let family = vec![
        Pass { holder: String::from("Mara"), days: 3, insurance: true, ..base.clone() },
        Pass { holder: String::from("Tom"), age: Age::Child, days: 3, ..base.clone() },
        Pass { holder: String::from("Opa"), age: Age::Senior, days: 7, night_skiing: true, ..Default::default() },
        Pass { days: 2, ..base.clone() },
        base,
    ];
    for p in &family {
        println!("{}", p);
    }
    let total: u32 = family.iter().map(Pass::price).sum();
    println!("family total: {}", total);
    let discount = if family.len() >= 4 { total / 10 } else { 0 };
    println!("group discount {} -> pay {}", discount, total - discount);
    let kids = family.iter().filter(|p| p.age == Age::Child).count();
    println!("children: {}", kids);
}
