// A shopping cart with discount rules as a list of closures (strategy pattern), applied in order with fold.
struct LineItem {
    name: String,
    price: f64,
    qty: u32,
}

struct Cart {
    items: Vec<LineItem>,
    rules: Vec<(String, Box<dyn Fn(f64, &Vec<LineItem>) -> f64>)>,
}

impl Cart {
    fn new() -> Cart {
        Cart { items: Vec::new(), rules: Vec::new() }
    }

    fn add(&mut self, name: &str, price: f64, qty: u32) -> &mut Cart {
        self.items.push(LineItem { name: name.to_string(), price, qty });
        self
    }

    fn add_rule(&mut self, label: &str, rule: Box<dyn Fn(f64, &Vec<LineItem>) -> f64>) {
        self.rules.push((label.to_string(), rule));
    }

    fn subtotal(&self) -> f64 {
        self.items.iter().map(|i| i.price * i.qty as f64).sum()
    }

    fn total(&self) -> f64 {
        let items = &self.items;
        self.rules.iter().fold(self.subtotal(), |acc, (label, rule)| {
            let next = rule(acc, items);
            if (next - acc).abs() > 1e-9 {
                println!("  {}: {:.2} -> {:.2}", label, acc, next);
            }
            next
        })
    }
}

fn percent_off(pct: f64) -> Box<dyn Fn(f64, &Vec<LineItem>) -> f64> {
    Box::new(move |total, _| total * (1.0 - pct / 100.0))
}

fn main() {
    let mut cart = Cart::new();
    cart.add("book", 12.5, 2).add("pen", 1.2, 10).add("bag", 30.0, 1);
    println!("subtotal: {:.2}", cart.subtotal());

    cart.add_rule("10% off", percent_off(10.0));
    cart.add_rule("bulk pens", Box::new(|total, items| {
        let pens = items.iter().filter(|i| i.name == "pen").map(|i| i.qty).sum::<u32>();
        if pens >= 10 { total - 2.0 } else { total }
    }));
    let threshold = 50.0;
    cart.add_rule("free shipping", Box::new(move |total, _| if total >= threshold { total } else { total + 4.99 }));
    cart.add_rule("never negative", Box::new(|total, _| total.max(0.0)));

    let total = cart.total();
    println!("total: {:.2}", total);

    let mut small = Cart::new();
    small.add("pen", 1.2, 3);
    small.add_rule("free shipping", Box::new(move |total, _| if total >= threshold { total } else { total + 4.99 }));
    println!("small total: {:.2}", small.total());
    let names: Vec<&String> = cart.items.iter().map(|i| &i.name).collect();
    println!("items: {:?}, rules: {}", names, cart.rules.len());
}
