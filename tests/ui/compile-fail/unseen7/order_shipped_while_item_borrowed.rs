//@ compile-fail
// An order is moved into ship() while a reference to one of its items is still used afterwards.
#[derive(Debug)]
struct Order {
    id: u32,
    items: Vec<String>,
}

fn ship(order: Order) -> u32 {
    println!("shipping {} items", order.items.len());
    order.id
}

fn main() {
    let order = Order { id: 17, items: vec![String::from("lamp"), String::from("desk")] };
    let first = &order.items[0];
    let id = ship(order); //~ ERROR E0505
    println!("order {} started with {}", id, first);
}
