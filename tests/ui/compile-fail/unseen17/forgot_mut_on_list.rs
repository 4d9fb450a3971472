//@ compile-fail
// A list is declared with `let` (like Java's `final` reference) and then pushed to.
fn main() {
    let items = Vec::new();
    items.push("apple"); //~ ERROR E0596
    println!("{:?}", items);
}
