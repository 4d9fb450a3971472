// A shopping cart with discount rules stored as boxed closures capturing their parameters
struct Line {
    name: String,
    cents: u64,
    qty: u64,
}

struct Cart {
    lines: Vec<Line>,
    rules: Vec<(String, Box<dyn Fn(&[Line], u64) -> u64>)>,
}

impl Cart {
    fn add(&mut self, name: &str, cents: u64, qty: u64) -> &mut Self {
        match self.lines.iter_mut().find(|l| l.name == name) {
            Some(l) => l.qty += qty,
            None => self.lines.push(Line { name: name.to_string(), cents, qty }),
        }
        self
    }

    fn subtotal(&self) -> u64 {
        self.lines.iter().map(|l| l.cents * l.qty).sum()
    }

    fn add_rule<F>(&mut self, label: &str, rule: F)
    where
        F: Fn(&[Line], u64) -> u64 + 'static,
    {
        self.rules.push((label.to_string(), Box::new(rule)));
    }

    fn checkout(&self) -> u64 {
        let mut total = self.subtotal();
        for (label, rule) in &self.rules {
            let off = rule(&self.lines, total).min(total);
            if off > 0 {
                println!("  {:<18} -{:>5}", label, off);
                total -= off;
            }
        }
        total
    }
}

fn main() {
    let mut cart = Cart { lines: Vec::new(), rules: Vec::new() };
    cart.add("coffee", 899, 2).add("mug", 1250, 1).add("coffee", 899, 1).add("filter", 199, 4);

    let threshold = 3000;
    let percent = 10;
    cart.add_rule("10% over 30.00", move |_, total| if total >= threshold { total * percent / 100 } else { 0 });
    let item = String::from("filter");
    cart.add_rule("filters 4 for 3", move |lines, _| {
        lines.iter().filter(|l| l.name == item).map(|l| (l.qty / 4) * l.cents).sum()
    });
    cart.add_rule("mug promo", |lines, _| if lines.iter().any(|l| l.name == "mug") { 100 } else { 0 });
    cart.add_rule("never applies", |_, _| 0);

    for l in &cart.lines {
        println!("{:<8} {:>2} x {:>5}", l.name, l.qty, l.cents);
    }
    println!("subtotal {:>12}", cart.subtotal());
    let total = cart.checkout();
    println!("total {:>15}", total);
    println!("= {}.{:02}", total / 100, total % 100);
    println!("rules: {}", cart.rules.iter().map(|(l, _)| l.as_str()).collect::<Vec<_>>().join(" | "));
}
