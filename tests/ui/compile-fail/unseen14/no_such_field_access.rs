//@ compile-fail
// Reading a field the struct does not have (E0609)
struct Item {
    name: String,
    price: f64,
}

fn main() {
    let it = Item { name: String::from("pen"), price: 1.5 };
    println!("{} costs {}", it.name, it.cost); //~ ERROR E0609
    println!("{}", it.price);
}
