//@ compile-fail
// A Vec declared without `mut` gets a push.
fn main() {
    let fruits = Vec::new();
    fruits.push("apple"); //~ ERROR E0596
    println!("{:?}", fruits);
}
