// Shipping carriers as trait objects with a default method; quotes are compared and the cheapest picked.
trait Carrier {
    fn name(&self) -> String;
    fn base(&self) -> u32;
    fn per_kg(&self) -> u32;
    fn quote(&self, kg: u32) -> u32 {
        self.base() + self.per_kg() * kg
    }
    fn describe(&self, kg: u32) -> String {
        format!("{} quotes {} for {} kg", self.name(), self.quote(kg), kg)
    }
}

struct Postal;
struct Courier {
    express: bool,
}
struct Freight {
    min_kg: u32,
}

impl Carrier for Postal {
    fn name(&self) -> String {
        "Postal".into()
    }
    fn base(&self) -> u32 {
        300
    }
    fn per_kg(&self) -> u32 {
        120
    }
}

impl Carrier for Courier {
    fn name(&self) -> String {
        if self.express { "Courier (express)".into() } else { "Courier".into() }
    }
    fn base(&self) -> u32 {
        if self.express { 1500 } else { 900 }
    }
    fn per_kg(&self) -> u32 {
        60
    }
}

impl Carrier for Freight {
    fn name(&self) -> String {
        format!("Freight (min {} kg)", self.min_kg)
    }
    fn base(&self) -> u32 {
        2500
    }
    fn per_kg(&self) -> u32 {
        15
    }
    fn quote(&self, kg: u32) -> u32 {
        self.base() + self.per_kg() * kg.max(self.min_kg)
    }
}

fn cheapest<'a>(carriers: &'a [Box<dyn Carrier>], kg: u32) -> &'a dyn Carrier {
    carriers.iter().min_by_key(|c| c.quote(kg)).unwrap().as_ref()
}

fn main() {
    let carriers: Vec<Box<dyn Carrier>> = vec![
        Box::new(Postal),
        Box::new(Courier { express: false }),
        Box::new(Courier { express: true }),
        Box::new(Freight { min_kg: 50 }),
    ];
    for kg in [1, 10, 40, 120] {
        for c in &carriers {
            println!("{}", c.describe(kg));
        }
        let best = cheapest(&carriers, kg);
        println!("=> {} kg: {} at {}.{:02}", kg, best.name(), best.quote(kg) / 100, best.quote(kg) % 100);
    }
}
