//@ compile-fail
// HashMap is used without `use std::collections::HashMap`.
fn main() {
    let mut ages = HashMap::new(); //~ ERROR E0433
    ages.insert("tom", 31);
    println!("{:?}", ages.get("tom"));
}
