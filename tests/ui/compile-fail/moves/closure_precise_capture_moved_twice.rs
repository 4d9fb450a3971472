//@ compile-fail
// A move closure capturing only `order.items` moves that field twice inside its body.
struct Order {
    items: Vec<String>,
    id: u32,
}

fn main() {
    let order = Order { items: vec![String::from("tea")], id: 3 };
    let ship = move || {
        let packed = order.items;
        let listed = order.items; //~ ERROR E0382
        println!("{} {:?} {:?}", order.id, packed, listed);
    };
    ship();
}
