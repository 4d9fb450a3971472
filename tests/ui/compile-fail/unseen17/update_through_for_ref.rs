//@ compile-fail
// Updating each item's field inside `for item in &items`, as a Java for-each mutates objects.
struct Item {
    name: String,
    stock: u32,
}

fn main() {
    let mut items = vec![Item { name: "a".to_string(), stock: 1 }, Item { name: "b".to_string(), stock: 0 }];
    for item in &items {
        item.stock += 10; //~ ERROR E0594
    }
    items.push(Item { name: "c".to_string(), stock: 5 });
    println!("{} {}", items[0].name, items[0].stock);
}
