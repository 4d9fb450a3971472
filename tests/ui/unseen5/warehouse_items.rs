// A warehouse of items with enum categories, match guards, @ bindings and ranges.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Category {
    Food,
    Tool,
    Toy,
}

#[derive(Debug, Clone)]
struct Item {
    sku: u32,
    name: String,
    cat: Category,
    stock: u32,
}

fn shelf_label(item: &Item) -> String {
    match item {
        Item { stock: 0, name, .. } => format!("{}: SOLD OUT", name),
        Item { cat: Category::Food, stock: s @ 1..=5, name, .. } => format!("{}: only {} left, eat soon", name, s),
        Item { stock: s @ 1..=5, name, .. } => format!("{}: low ({})", name, s),
        Item { sku, stock, .. } if *sku >= 9000 => format!("special #{} x{}", sku, stock),
        Item { name, stock, .. } => format!("{}: {}", name, stock),
    }
}

fn restock(items: &mut Vec<Item>, cat: Category, amount: u32) -> u32 {
    let mut touched = 0;
    for it in items.iter_mut().filter(|i| i.cat == cat) {
        it.stock += amount;
        touched += 1;
    }
    touched
}

fn main() {
    let mut items = vec![
        Item { sku: 101, name: "apples".into(), cat: Category::Food, stock: 3 },
        Item { sku: 202, name: "hammer".into(), cat: Category::Tool, stock: 0 },
        Item { sku: 9001, name: "robot".into(), cat: Category::Toy, stock: 12 },
        Item { sku: 303, name: "saw".into(), cat: Category::Tool, stock: 4 },
        Item { sku: 404, name: "ball".into(), cat: Category::Toy, stock: 40 },
    ];
    for it in &items {
        println!("{}", shelf_label(it));
    }
    println!("restocked {} tools", restock(&mut items, Category::Tool, 10));
    items.sort_by_key(|i| (i.cat, std::cmp::Reverse(i.stock)));
    for it in &items {
        println!("{:?} {:<7} {:>3}", it.cat, it.name, it.stock);
    }
    let (low, ok): (Vec<&Item>, Vec<&Item>) = items.iter().partition(|i| i.stock < 10);
    println!("low: {:?}", low.iter().map(|i| i.sku).collect::<Vec<_>>());
    println!("ok: {}", ok.len());
}
