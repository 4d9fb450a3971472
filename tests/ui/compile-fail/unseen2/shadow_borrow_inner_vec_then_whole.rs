//@ compile-fail
// A mutable borrow of a field is still used when the whole struct is borrowed.
#[derive(Debug)]
struct Bag {
    items: Vec<i32>,
    label: String,
}

fn main() {
    let mut bag = Bag { items: vec![1], label: String::from("b") };
    let items = &mut bag.items;
    let whole = &bag; //~ ERROR E0502
    items.push(2);
    println!("{:?}", whole);
}
