//@ compile-fail
// Printing with `{:?}` needs Debug.
struct Item {
    name: String,
}

fn main() {
    let i = Item { name: String::from("cup") };
    println!("{:?}", i); //~ ERROR E0277
}
