// Traits with associated types and generic functions over them: a priced inventory and summaries.
use std::collections::HashMap;
use std::fmt::Debug;

trait Priced {
    fn price_cents(&self) -> u64;
    fn label(&self) -> String;
}

#[derive(Debug, Clone)]
struct Fruit {
    name: &'static str,
    kilos: f64,
    cents_per_kilo: u64,
}

#[derive(Debug, Clone)]
struct Gadget {
    model: String,
    cents: u64,
    warranty_years: u8,
}

impl Priced for Fruit {
    fn price_cents(&self) -> u64 {
        (self.kilos * self.cents_per_kilo as f64).round() as u64
    }
    fn label(&self) -> String {
        format!("{:.1} kg of {}", self.kilos, self.name)
    }
}

impl Priced for Gadget {
    fn price_cents(&self) -> u64 {
        self.cents + self.warranty_years as u64 * 1500
    }
    fn label(&self) -> String {
        format!("{} (+{}y)", self.model, self.warranty_years)
    }
}

trait Container {
    type Item;
    fn items(&self) -> &[Self::Item];
    fn first(&self) -> Option<&Self::Item> {
        self.items().first()
    }
}

struct Cart<T> {
    lines: Vec<T>,
}

impl<T> Container for Cart<T> {
    type Item = T;
    fn items(&self) -> &[T] {
        &self.lines
    }
}

fn total<C>(c: &C) -> u64
where
    C: Container,
    C::Item: Priced,
{
    c.items().iter().map(|i| i.price_cents()).sum()
}

fn euros(cents: u64) -> String {
    format!("{}.{:02} €", cents / 100, cents % 100)
}

fn print_all<T: Priced + Debug>(items: &[T]) {
    for it in items {
        println!("  {:<22} {:>10}", it.label(), euros(it.price_cents()));
    }
}

fn main() {
    let fruits = Cart {
        lines: vec![
            Fruit { name: "apples", kilos: 1.5, cents_per_kilo: 299 },
            Fruit { name: "cherries", kilos: 0.25, cents_per_kilo: 1250 },
            Fruit { name: "lemons", kilos: 0.8, cents_per_kilo: 410 },
        ],
    };
    let gadgets = Cart {
        lines: vec![
            Gadget { model: "Lamp X".into(), cents: 3999, warranty_years: 0 },
            Gadget { model: "Radio 2".into(), cents: 12900, warranty_years: 2 },
        ],
    };
    println!("fruits:");
    print_all(fruits.items());
    println!("gadgets:");
    print_all(&gadgets.lines);
    println!("totals: {} and {}", euros(total(&fruits)), euros(total(&gadgets)));
    println!("first gadget: {:?}", gadgets.first().map(|g| &g.model));
    let mut tally: HashMap<bool, u32> = HashMap::new();
    for f in fruits.items() {
        *tally.entry(f.price_cents() > 400).or_insert(0) += 1;
    }
    println!("expensive {:?} cheap {:?}", tally.get(&true), tally.get(&false));
    let empty: Cart<Fruit> = Cart { lines: vec![] };
    println!("empty total {} first {:?}", euros(total(&empty)), empty.first().is_none());
}
