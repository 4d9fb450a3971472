//@ compile-fail
// Calling a method that takes `self` while a borrow of the value is still used.
struct Order {
    items: Vec<String>,
}

impl Order {
    fn ship(self) -> usize {
        self.items.len()
    }
}

fn main() {
    let o = Order { items: vec![String::from("book")] };
    let first = &o.items[0];
    let n = o.ship(); //~ ERROR E0505
    println!("{} {}", first, n);
}
