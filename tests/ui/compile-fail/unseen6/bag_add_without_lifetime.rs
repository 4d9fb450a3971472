//@ compile-fail
// A method stores a parameter with an anonymous lifetime into a Vec<&'a str> field.
struct Bag<'a> {
    items: Vec<&'a str>,
}

impl<'a> Bag<'a> {
    fn add(&mut self, item: &str) {
        self.items.push(item); //~ ERROR E0621
    }
}

fn main() {
    let mut bag = Bag { items: Vec::new() };
    bag.add("key");
    println!("{}", bag.items.len());
}
