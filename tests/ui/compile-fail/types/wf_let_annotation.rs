//@ compile-fail
// A `let` annotation naming a struct with an argument that breaks its bound is rejected on the whole annotation.
#[derive(Debug)]
struct Labeled<T: std::fmt::Display> {
    item: T,
}

fn main() {
    let _items: Vec<Labeled<Vec<u8>>>; //~ ERROR E0277
    let shown = Labeled { item: 5 };
    println!("{:?}", shown);
}
