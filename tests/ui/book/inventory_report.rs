// Mixed: structs + enums + Vec + sort + formatting a table with width and alignment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Category {
    Tool,
    Food,
    Toy,
}

#[derive(Debug, Clone)]
struct Item {
    name: String,
    category: Category,
    price_cents: u32,
    qty: u32,
}

impl Item {
    fn new(name: &str, category: Category, price_cents: u32, qty: u32) -> Self {
        Item { name: name.to_string(), category, price_cents, qty }
    }
    fn value(&self) -> u64 {
        self.price_cents as u64 * self.qty as u64
    }
}

fn dollars(cents: u64) -> String {
    format!("${}.{:02}", cents / 100, cents % 100)
}

fn main() {
    let mut items = vec![
        Item::new("hammer", Category::Tool, 1299, 3),
        Item::new("apple", Category::Food, 45, 120),
        Item::new("yo-yo", Category::Toy, 350, 10),
        Item::new("wrench", Category::Tool, 899, 0),
        Item::new("bread", Category::Food, 275, 14),
    ];
    items.sort_by(|a, b| a.category.cmp(&b.category).then_with(|| b.value().cmp(&a.value())));
    println!("{:<8}|{:>6}|{:>5}|{:>10}", "name", "cat", "qty", "value");
    println!("{}", "-".repeat(32));
    for it in &items {
        println!("{:<8}|{:>6}|{:>5}|{:>10}", it.name, format!("{:?}", it.category), it.qty, dollars(it.value()));
    }
    let total: u64 = items.iter().map(Item::value).sum();
    println!("total {}", dollars(total));
    let out_of_stock: Vec<&str> = items.iter().filter(|i| i.qty == 0).map(|i| i.name.as_str()).collect();
    println!("out of stock: {:?}", out_of_stock);
    for cat in [Category::Tool, Category::Food, Category::Toy] {
        let n = items.iter().filter(|i| i.category == cat).count();
        let best = items.iter().filter(|i| i.category == cat).max_by_key(|i| i.price_cents);
        println!("{cat:?}: {n} items, priciest {:?}", best.map(|i| &i.name));
    }
    let cheapest = items.iter().min_by_key(|i| i.price_cents).unwrap().clone();
    println!("{:?}", cheapest);
    println!("{}", Category::Toy > Category::Tool);
}
