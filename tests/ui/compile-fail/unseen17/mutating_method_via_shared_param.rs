//@ compile-fail
// A helper takes `&Cart` and calls its `&mut self` add method, as a Java helper mutates the object it is given.
struct Cart {
    items: Vec<String>,
}

impl Cart {
    fn add(&mut self, item: &str) {
        self.items.push(item.to_string());
    }
}

fn add_gift(cart: &Cart) {
    cart.add("gift card"); //~ ERROR E0596
}

fn main() {
    let mut cart = Cart { items: vec![] };
    add_gift(&cart);
    cart.add("pen");
    println!("{}", cart.items.len());
}
