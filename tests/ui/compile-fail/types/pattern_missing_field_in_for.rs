//@ compile-fail
// A struct pattern in a `for` loop forgets a field.
struct Item {
    name: String,
    qty: u32,
    price: u32,
}

fn main() {
    let items = vec![Item { name: String::from("pen"), qty: 2, price: 3 }];
    for Item { name, qty } in items { //~ ERROR E0027
        println!("{} {}", name, qty);
    }
}
