//@ compile-fail
// A struct pattern names a field that does not exist.
struct Order {
    id: u32,
    qty: u32,
}

fn main() {
    let o = Order { id: 1, qty: 5 };
    let Order { id, quantity, .. } = o; //~ ERROR E0026
    println!("{} {}", id, quantity);
}
