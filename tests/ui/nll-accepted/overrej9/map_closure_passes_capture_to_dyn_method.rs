// A `map` closure returning a name from its parameter passes its captured `cart` to a trait-object
// method taking `&Cart` (elided lifetime): the method cannot keep it, so the names do not borrow `cart`.
trait Discount {
    fn name(&self) -> &str;
    fn amount(&self, cart: &Cart) -> u64;
}
struct Cart {
    total: u64,
}
struct PercentOff(u64, String);
impl Discount for PercentOff {
    fn name(&self) -> &str {
        &self.1
    }
    fn amount(&self, cart: &Cart) -> u64 {
        cart.total * self.0 / 100
    }
}
fn applicable<'a>(cart: &Cart, offers: &'a [Box<dyn Discount>]) -> Vec<&'a str> {
    offers.iter().map(|d| if d.amount(cart) > 0 { d.name() } else { "-" }).collect()
}
fn main() {
    let offers: Vec<Box<dyn Discount>> = vec![Box::new(PercentOff(10, "ten".to_string())), Box::new(PercentOff(0, "none".to_string()))];
    let names = {
        let cart = Cart { total: 5000 };
        applicable(&cart, &offers)
    };
    println!("{:?}", names);
}
