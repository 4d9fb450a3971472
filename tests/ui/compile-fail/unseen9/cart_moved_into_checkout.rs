//@ compile-fail
// The cart is passed by value to checkout and then read again to print how many items were bought.
struct Cart {
    items: Vec<(String, u32)>,
}

fn checkout(cart: Cart) -> u32 {
    cart.items.iter().map(|(_, price)| price).sum()
}

fn main() {
    let mut cart = Cart { items: Vec::new() };
    cart.items.push(("apple".to_string(), 3));
    cart.items.push(("bread".to_string(), 4));
    let total = checkout(cart);
    println!("paid {} for {} items", total, cart.items.len()); //~ ERROR E0382
}
