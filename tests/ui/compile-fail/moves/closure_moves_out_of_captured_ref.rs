//@ compile-fail
// A closure that takes a field by value out of a borrowed struct.
struct Bag {
    item: String,
}

fn main() {
    let bag = Bag { item: String::from("apple") };
    let r = &bag;
    let get = || r.item; //~ ERROR E0507
    println!("{}", get());
}
