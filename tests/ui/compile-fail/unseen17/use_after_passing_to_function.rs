//@ compile-fail
// A struct is passed by value to a save function and used afterwards, as an object reference would be in Java.
#[derive(Debug)]
struct Order {
    id: u32,
    items: Vec<String>,
}

fn save(order: Order) {
    println!("saving {:?}", order);
}

fn main() {
    let order = Order { id: 7, items: vec!["tea".to_string()] };
    save(order);
    println!("saved order {}", order.id); //~ ERROR E0382
}
