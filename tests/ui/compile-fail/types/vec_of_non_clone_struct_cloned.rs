//@ compile-fail
// `Vec<T>: Clone` needs `T: Clone`: cloning a Vec of a struct without the derive is E0599 with the derive suggested.
#[derive(Debug)]
struct Item {
    name: String,
}
fn main() {
    let items = vec![Item { name: "a".into() }];
    let copy = items.clone(); //~ ERROR E0599
    println!("{:?} {:?}", items, copy);
}
