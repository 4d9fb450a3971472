//@ compile-fail
// A getter taking &self cannot hand out its String field by value.
struct Product {
    label: String,
    price: u32,
}

impl Product {
    fn label(&self) -> String {
        self.label //~ ERROR E0507
    }
}

fn main() {
    let p = Product { label: String::from("mug"), price: 7 };
    println!("{} at {}", p.label(), p.price);
}
