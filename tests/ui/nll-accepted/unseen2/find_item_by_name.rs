// Returning a reference into a slice from inside a loop, with the slice's lifetime.
struct Item {
    name: String,
    price: u32,
}

fn find<'a>(items: &'a [Item], name: &str) -> Option<&'a Item> {
    for it in items {
        if it.name == name {
            return Some(it);
        }
    }
    None
}

fn main() {
    let mut items = vec![Item { name: String::from("pen"), price: 2 }];
    let found = find(&items, "pen").map(|i| i.price);
    items.push(Item { name: String::from("ink"), price: 5 });
    println!("{:?} {:?}", found, find(&items, "ink").map(|i| i.price));
}
