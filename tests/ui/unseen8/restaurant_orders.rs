// A restaurant order system: menu items as an enum with data, Display impls, totals in cents with tax and tips.
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum Size {
    Small,
    Large,
}

#[derive(Debug, Clone)]
enum Item {
    Pizza { toppings: Vec<String>, size: Size },
    Drink(String, Size),
    Dessert(&'static str),
}

impl Item {
    fn price(&self) -> u32 {
        match self {
            Item::Pizza { toppings, size: Size::Small } => 800 + 100 * toppings.len() as u32,
            Item::Pizza { toppings, size: Size::Large } => 1200 + 150 * toppings.len() as u32,
            Item::Drink(_, Size::Small) => 250,
            Item::Drink(_, Size::Large) => 350,
            Item::Dessert(name) if name.starts_with("ice") => 400,
            Item::Dessert(_) => 550,
        }
    }
}

impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Item::Pizza { toppings, size } if toppings.is_empty() => write!(f, "{:?} plain pizza", size),
            Item::Pizza { toppings, size } => write!(f, "{:?} pizza with {}", size, toppings.join(", ")),
            Item::Drink(name, size) => write!(f, "{:?} {}", size, name),
            Item::Dessert(name) => f.write_str(name),
        }
    }
}

struct Order {
    table: u8,
    items: Vec<Item>,
}

impl Order {
    fn subtotal(&self) -> u32 {
        self.items.iter().map(Item::price).sum()
    }
    fn receipt(&self, tip_percent: u32) -> String {
        let mut out = format!("table {}\n", self.table);
        for it in &self.items {
            out.push_str(&format!("  {:<34}{:>7}\n", it.to_string(), cents(it.price())));
        }
        let sub = self.subtotal();
        let tax = (sub * 8 + 50) / 100;
        let tip = sub * tip_percent / 100;
        out += &format!("  {:<34}{:>7}\n", "tax 8%", cents(tax));
        out += &format!("  {:<34}{:>7}\n", format!("tip {}%", tip_percent), cents(tip));
        out += &format!("  {:<34}{:>7}", "TOTAL", cents(sub + tax + tip));
        out
    }
}

fn cents(c: u32) -> String {
    format!("{}.{:02}", c / 100, c % 100)
}

fn main() {
    let pepperoni = Item::Pizza { toppings: vec!["pepperoni".to_string(), "olives".to_string()], size: Size::Large };
    let orders = vec![
        Order { table: 4, items: vec![pepperoni.clone(), Item::Drink("cola".into(), Size::Small), Item::Dessert("ice cream")] },
        Order { table: 7, items: vec![Item::Pizza { toppings: vec![], size: Size::Small }, Item::Drink("lemonade".into(), Size::Large), Item::Dessert("tiramisu"), pepperoni] },
    ];
    for (o, tip) in orders.iter().zip([10, 15]) {
        println!("{}", o.receipt(tip));
    }
    let all: Vec<&Item> = orders.iter().flat_map(|o| o.items.iter()).collect();
    let pizzas = all.iter().filter(|i| matches!(i, Item::Pizza { .. })).count();
    let large = all.iter().filter(|i| matches!(i, Item::Pizza { size: Size::Large, .. } | Item::Drink(_, Size::Large))).count();
    println!("{} items, {} pizzas, {} large", all.len(), pizzas, large);
    let priciest = all.iter().max_by_key(|i| i.price()).unwrap();
    println!("priciest: {} at {}", priciest, cents(priciest.price()));
}
