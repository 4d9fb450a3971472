// A &mut to a Vec is used for a while, then the owner is used directly after the reference's last use.
fn main() {
    let mut cart = vec![String::from("milk")];
    let r = &mut cart;
    r.push(String::from("eggs"));
    r.retain(|s| s != "milk");
    cart.push(String::from("bread"));
    let first = &cart[0];
    println!("{} of {}", first, cart.len());
    cart.clear();
    println!("{}", cart.is_empty());
}
