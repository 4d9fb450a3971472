// A shopping basket of Box<dyn Taxable> items with different tax rules and a default method for the receipt line.
trait Taxable {
    fn name(&self) -> String;
    fn net_cents(&self) -> u64;
    fn tax_cents(&self) -> u64;
    fn line(&self) -> String {
        let gross = self.net_cents() + self.tax_cents();
        format!("{:<18}{:>8}{:>7}{:>9}", self.name(), cents(self.net_cents()), cents(self.tax_cents()), cents(gross))
    }
}

fn cents(c: u64) -> String {
    format!("{}.{:02}", c / 100, c % 100)
}

struct Food {
    name: String,
    cents: u64,
}

struct Gadget {
    name: String,
    cents: u64,
    imported: bool,
}

struct Book {
    title: &'static str,
    cents: u64,
}

impl Taxable for Food {
    fn name(&self) -> String { self.name.clone() }
    fn net_cents(&self) -> u64 { self.cents }
    fn tax_cents(&self) -> u64 { self.cents * 5 / 100 }
}

impl Taxable for Gadget {
    fn name(&self) -> String {
        if self.imported { format!("{} (imp)", self.name) } else { self.name.clone() }
    }
    fn net_cents(&self) -> u64 { self.cents }
    fn tax_cents(&self) -> u64 {
        let rate = if self.imported { 25 } else { 20 };
        (self.cents * rate + 50) / 100
    }
}

impl Taxable for Book {
    fn name(&self) -> String { format!("\"{}\"", self.title) }
    fn net_cents(&self) -> u64 { self.cents }
    fn tax_cents(&self) -> u64 { 0 }
    fn line(&self) -> String {
        format!("{:<18}{:>8}{:>7}{:>9}", self.name(), cents(self.cents), "-", cents(self.cents))
    }
}

fn main() {
    let basket: Vec<Box<dyn Taxable>> = vec![
        Box::new(Food { name: String::from("bread"), cents: 249 }),
        Box::new(Gadget { name: String::from("headphones"), cents: 5999, imported: true }),
        Box::new(Book { title: "The Book", cents: 3950 }),
        Box::new(Food { name: String::from("cheese"), cents: 799 }),
        Box::new(Gadget { name: String::from("cable"), cents: 1299, imported: false }),
    ];
    println!("{:<18}{:>8}{:>7}{:>9}", "item", "net", "tax", "gross");
    for item in &basket {
        println!("{}", item.line());
    }
    let net: u64 = basket.iter().map(|i| i.net_cents()).sum();
    let tax: u64 = basket.iter().map(|i| i.tax_cents()).sum();
    println!("{:<18}{:>8}{:>7}{:>9}", "TOTAL", cents(net), cents(tax), cents(net + tax));
    let taxed = basket.iter().filter(|i| i.tax_cents() > 0).count();
    println!("{} of {} items taxed", taxed, basket.len());
}
