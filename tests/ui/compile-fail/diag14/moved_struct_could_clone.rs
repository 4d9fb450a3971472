//@ compile-fail
// A struct without Clone, all of whose fields are Clone, is moved then used: rustc notes it could derive Clone.
#[derive(Debug)]
pub struct Order {
    id: u32,
    lines: Vec<String>,
}

fn ship(order: Order) -> usize {
    order.lines.len()
}

fn main() {
    let order = Order { id: 7, lines: vec!["tea".to_string()] };
    let n = ship(order);
    println!("{} lines for {:?}", n, order); //~ ERROR E0382
}
