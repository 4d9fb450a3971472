//@ compile-fail
// A receipt's subtotal is assigned only when the order has items, then always printed.
fn main() {
    let items: Vec<u32> = vec![800, 250];
    let subtotal: u32;
    if !items.is_empty() {
        subtotal = items.iter().sum();
    }
    println!("subtotal {}", subtotal); //~ ERROR E0381
}
