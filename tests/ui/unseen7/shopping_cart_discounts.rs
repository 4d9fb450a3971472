// A shopping cart with discount rules as generic trait implementations, totals in cents, a receipt.
trait Discount {
    fn label(&self) -> String;
    fn amount(&self, cart: &Cart) -> u64;
}

#[derive(Debug, Clone)]
struct Line {
    name: String,
    cents: u64,
    qty: u32,
}

struct Cart {
    lines: Vec<Line>,
}

impl Cart {
    fn subtotal(&self) -> u64 {
        self.lines.iter().map(|l| l.cents * l.qty as u64).sum()
    }
    fn qty_of(&self, name: &str) -> u32 {
        self.lines.iter().filter(|l| l.name == name).map(|l| l.qty).sum()
    }
}

struct PercentOff(u64);
struct BuyNGetOne {
    item: &'static str,
    n: u32,
}
struct OverThreshold {
    min: u64,
    off: u64,
}

impl Discount for PercentOff {
    fn label(&self) -> String {
        format!("{}% off everything", self.0)
    }
    fn amount(&self, cart: &Cart) -> u64 {
        cart.subtotal() * self.0 / 100
    }
}

impl Discount for BuyNGetOne {
    fn label(&self) -> String {
        format!("buy {} {} get one free", self.n, self.item)
    }
    fn amount(&self, cart: &Cart) -> u64 {
        let free = cart.qty_of(self.item) / (self.n + 1);
        let price = cart.lines.iter().find(|l| l.name == self.item).map_or(0, |l| l.cents);
        free as u64 * price
    }
}

impl Discount for OverThreshold {
    fn label(&self) -> String {
        format!("{} off over {}", money(self.off), money(self.min))
    }
    fn amount(&self, cart: &Cart) -> u64 {
        if cart.subtotal() >= self.min { self.off } else { 0 }
    }
}

fn money(cents: u64) -> String {
    format!("${}.{:02}", cents / 100, cents % 100)
}

fn best<'d>(cart: &Cart, offers: &'d [Box<dyn Discount>]) -> Option<&'d Box<dyn Discount>> {
    offers.iter().filter(|d| d.amount(cart) > 0).max_by_key(|d| d.amount(cart))
}

fn main() {
    let mut cart = Cart { lines: Vec::new() };
    for (name, cents, qty) in [("coffee", 899, 3), ("mug", 1250, 1), ("filter", 349, 4), ("coffee", 899, 2)] {
        cart.lines.push(Line { name: name.to_string(), cents, qty });
    }
    let offers: Vec<Box<dyn Discount>> = vec![
        Box::new(PercentOff(10)),
        Box::new(BuyNGetOne { item: "coffee", n: 2 }),
        Box::new(OverThreshold { min: 5000, off: 750 }),
        Box::new(BuyNGetOne { item: "tea", n: 1 }),
    ];
    for l in &cart.lines {
        println!("{:<8} {:>2} x {:>7} = {:>8}", l.name, l.qty, money(l.cents), money(l.cents * l.qty as u64));
    }
    println!("subtotal {}", money(cart.subtotal()));
    for d in &offers {
        println!("  offer {:<32} saves {}", d.label(), money(d.amount(&cart)));
    }
    match best(&cart, &offers) {
        Some(d) => println!("applied: {} -> total {}", d.label(), money(cart.subtotal() - d.amount(&cart))),
        None => println!("no offer applies"),
    }
    let empty = Cart { lines: vec![] };
    println!("empty cart best offer: {}", best(&empty, &offers).is_some());
}
